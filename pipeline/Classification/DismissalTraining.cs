using QualityAnalytics.Models.Calls;
using QualityAnalytics.Models.Judgement;
using QualityAnalytics.Pipeline.Scoring.Matching;

namespace QualityAnalytics.Pipeline.Classification;

/// <summary>Trains and measures the dismissal model on operator turns: a turn the graders marked
/// <c>forbidden_phrase</c> is dismissive, every other operator turn is fine.</summary>
public static class DismissalTraining
{
    public const string Dismissive = "dismissive";
    public const string Fine = "fine";

    /// <summary>Dismissive turns are about one in fifty: each counts this many times, so the model does not learn
    /// that "fine" is always the safe answer.</summary>
    public const int DismissiveWeight = 5;

    /// <summary>Noisy copies per dialogue: enough for recogniser slips, fewer than the topic model's (turns are many).</summary>
    public const int NoisyCopies = 2;

    public static TextClassifierModel Train(IEnumerable<CorpusDialogue> dialogues, int seed) =>
        ClassifierTrainer.TrainTurns(
            CorpusAugmenter.WithNoisyCopies(dialogues, NoisyCopies).SelectMany(OperatorTurns)
                .Select(turn => (DialogueFeatures.OperatorTurn(turn.Text, turn.Dismissive ? Dismissive : Fine), turn.Dismissive)),
            DismissiveWeight, ClassifierSpec.Dismissal, seed);

    /// <summary>Turn-level agreement with the graders at the shipped threshold.</summary>
    public static TurnAgreement Measure(TextClassifierModel model, IEnumerable<CorpusDialogue> dialogues)
    {
        var classifier = new MlDismissalClassifier(model);
        return TurnAgreement.Of(dialogues.SelectMany(OperatorTurns)
            .Select(turn => (classifier.IsDismissive(TextNormalizer.Tokenize(turn.Text)), turn.Dismissive)));
    }

    private static IEnumerable<(string Text, bool Dismissive)> OperatorTurns(CorpusDialogue d)
    {
        var flagged = d.Violations.Where(v => v.Rule == ViolationRules.ForbiddenPhrase).Select(v => v.Segment).ToHashSet();
        for (var i = 0; i < d.Segments.Count; i++)
        {
            if (d.Segments[i].Speaker == Speaker.Operator)
            {
                yield return (TextNormalizer.Normalize(d.Segments[i].Text), flagged.Contains(i));
            }
        }
    }
}
