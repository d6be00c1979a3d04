using Microsoft.ML.Data;

namespace QualityAnalytics.Pipeline.Classification;

/// <summary>ML.NET row of the classifiers: the gold class and the hashed feature vector.</summary>
public sealed class VectorRow
{
    public string Label { get; set; } = "";

    [VectorType(HashedTextVectorizer.Size)]
    public VBuffer<float> Features { get; set; }
}
