namespace QualityAnalytics.Pipeline.Classification;

/// <summary>Whether an operator turn is a question, told from its words alone (for transcripts that come without
/// punctuation, where no «?» says so). Thread-safe.</summary>
public interface IQuestionClassifier
{
    /// <param name="words">The turn's normalised words (<see cref="Scoring.Matching.TextNormalizer"/>).</param>
    bool IsQuestion(IReadOnlyList<string> words);
}
