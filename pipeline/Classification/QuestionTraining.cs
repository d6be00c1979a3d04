using QualityAnalytics.Models.Calls;
using QualityAnalytics.Pipeline.Scoring.Matching;

namespace QualityAnalytics.Pipeline.Classification;

/// <summary>Trains and measures the question model. The labels come free: the corpus writers punctuate, so an operator
/// turn with a «?» is a question; the model learns it from the words of the turn's noisy copy, which has no
/// punctuation, as recognised speech without a punctuation model has none.</summary>
public static class QuestionTraining
{
    public const string Question = "question";
    public const string Statement = "statement";

    // One noisy copy per dialogue: operator turns are many, and a second copy added training time, not accuracy.
    private const int NoiseCopy = 1;

    public static TextClassifierModel Train(IEnumerable<CorpusDialogue> dialogues, int seed) =>
        ClassifierTrainer.TrainTurns(
            dialogues.SelectMany(d => OperatorTurns(d, CorpusAugmenter.NoisyCopy(d, NoiseCopy)))
                .Select(turn => (DialogueFeatures.OperatorTurn(turn.Text, turn.Asks ? Question : Statement), turn.Asks)),
            1, ClassifierSpec.Question, seed);

    /// <summary>Turn-level agreement with the writers' «?» on the words of each dialogue as heard (itself, or its noisy
    /// copy).</summary>
    public static TurnAgreement Measure(TextClassifierModel model, IEnumerable<(CorpusDialogue Written, CorpusDialogue Heard)> dialogues)
    {
        var classifier = new MlQuestionClassifier(model);
        return TurnAgreement.Of(dialogues.SelectMany(d => OperatorTurns(d.Written, d.Heard))
            .Select(turn => (classifier.IsQuestion(TextNormalizer.Tokenize(turn.Text)), turn.Asks)));
    }

    /// <summary>Each operator turn's normalised words in <paramref name="heard"/>, and whether the writer's own text
    /// of it asks (the two have the same turns: noise changes words, not turns).</summary>
    private static IEnumerable<(string Text, bool Asks)> OperatorTurns(CorpusDialogue written, CorpusDialogue heard)
    {
        for (var i = 0; i < written.Segments.Count; i++)
        {
            if (written.Segments[i].Speaker == Speaker.Operator)
            {
                yield return (TextNormalizer.Normalize(heard.Segments[i].Text), written.Segments[i].Text.Contains('?', StringComparison.Ordinal));
            }
        }
    }
}
