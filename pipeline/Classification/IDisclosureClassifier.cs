using QualityAnalytics.Pipeline.Scoring;

namespace QualityAnalytics.Pipeline.Classification;

/// <summary>Decides whether an operator turn before identification reads out the caller's data, weighing the
/// turn's words with the evidence the script's cues found.</summary>
public interface IDisclosureClassifier
{
    /// <param name="words">The turn's normalised words (for a turn that asks for identification, those before the request).</param>
    /// <param name="cues">What the script's cues found in those words (and the hints around them).</param>
    bool Discloses(IReadOnlyList<string> words, DisclosureCues cues);
}
