namespace QualityAnalytics.Pipeline.Classification;

/// <summary>Whether an operator turn brushes the caller off, in words no phrase list foresaw. Thread-safe.</summary>
public interface IDismissalClassifier
{
    /// <param name="words">The turn's normalised words (<see cref="Scoring.Matching.TextNormalizer"/>).</param>
    bool IsDismissive(IReadOnlyList<string> words);
}
