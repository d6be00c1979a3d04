using QualityAnalytics.Models.Calls;

namespace QualityAnalytics.Pipeline.Classification;

/// <summary>Topic and resolution of a call from its text. Thread-safe.</summary>
public interface ICallClassifier
{
    (string Topic, string Resolution) Classify(IReadOnlyList<Segment> segments);
}
