using QualityAnalytics.Models.Calls;
using QualityAnalytics.Models.Judgement;

namespace QualityAnalytics.Pipeline.Classification;

/// <summary>The shipped ML.NET topic and resolution models (<c>models/ml/topic.zip</c>, <c>resolution.zip</c>).</summary>
public sealed class MlCallClassifier(TextClassifierModel topic, TextClassifierModel resolution) : ICallClassifier
{
    public const string TopicModelFile = "topic.zip";
    public const string ResolutionModelFile = "resolution.zip";

    public static MlCallClassifier Load(string modelsDir) => new(
        TextClassifierModel.Load(Path.Combine(modelsDir, TopicModelFile), ClassifierSpec.Topic),
        TextClassifierModel.Load(Path.Combine(modelsDir, ResolutionModelFile), ClassifierSpec.Resolution));

    public (string Topic, string Resolution) Classify(IReadOnlyList<Segment> segments)
    {
        if (segments.All(s => string.IsNullOrWhiteSpace(s.Text)))
        {
            // Timings without words say nothing about the subject or the outcome.
            return (Topics.Other, Resolutions.Unresolved);
        }

        var features = DialogueFeaturizer.From(segments);
        return (Vocabulary(topic.Predict(features), Topics.All, Topics.Other),
                Vocabulary(resolution.Predict(features), Resolutions.All, Resolutions.Unresolved));
    }

    // A model trained on a bad corpus must still not leak labels outside the contract's closed vocabulary.
    private static string Vocabulary(string predicted, IReadOnlyList<string> allowed, string fallback) =>
        allowed.Contains(predicted) ? predicted : fallback;
}
