using Microsoft.ML.Data;

namespace QualityAnalytics.Pipeline.Classification;

/// <summary>ML.NET output row: the predicted class and the per-class scores.</summary>
public sealed class ClassPrediction
{
    [ColumnName("PredictedLabel")]
    public string PredictedLabel { get; set; } = "";

    public float[] Score { get; set; } = [];
}
