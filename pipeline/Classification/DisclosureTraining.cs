using QualityAnalytics.Models.Calls;
using QualityAnalytics.Models.Judgement;
using QualityAnalytics.Pipeline.Scoring;

namespace QualityAnalytics.Pipeline.Classification;

/// <summary>Trains and measures the disclosure model on the operator turns the guard weighs: every turn before
/// identification was complete (as the judge tracks it), each as <see cref="PersonalDataGuard.Weigh"/> cuts it.
/// A turn the graders marked <c>pd_before_identification</c> discloses, every other one does not.</summary>
public static class DisclosureTraining
{
    public const string Discloses = "discloses";
    public const string Fine = "fine";

    /// <summary>Disclosing turns are about one in forty of those weighed; each counts this many times.</summary>
    public const int DisclosingWeight = 5;

    public const int NoisyCopies = 2;

    /// <summary>The turn's words and one token per kind of evidence the cues found, so the model weighs both.</summary>
    public static DialogueFeatures Features(IReadOnlyList<string> words, DisclosureCues cues, string label = "") =>
        new() { Label = label, Operator = $"{string.Join(' ', words)} {CueTokens[(int)cues & CueMask]}" };

    public static TextClassifierModel Train(IEnumerable<CorpusDialogue> dialogues, CompiledScript script, int seed) =>
        ClassifierTrainer.TrainTurns(
            CorpusAugmenter.WithNoisyCopies(dialogues, NoisyCopies).SelectMany(d => WeighedTurns(d, script))
                .Select(turn => (Features(turn.Words, turn.Cues, turn.Discloses ? Discloses : Fine), turn.Discloses)),
            DisclosingWeight, ClassifierSpec.Disclosure, seed);

    /// <summary>Turn-level agreement with the graders at the shipped thresholds.</summary>
    public static TurnAgreement Measure(TextClassifierModel model, IEnumerable<CorpusDialogue> dialogues, CompiledScript script)
    {
        var classifier = new MlDisclosureClassifier(model);
        return TurnAgreement.Of(dialogues.SelectMany(d => WeighedTurns(d, script))
            .Select(turn => (PersonalDataGuard.Decide(turn.Words, turn.Cues, script, classifier), turn.Discloses)));
    }

    /// <summary>The turns the guard weighs in a dialogue, plus any the graders marked later than the judge thinks
    /// identification was complete (they still show what a disclosure sounds like).</summary>
    public static IEnumerable<(string[] Words, DisclosureCues Cues, bool Discloses)> WeighedTurns(CorpusDialogue d, CompiledScript script)
    {
        if (BeginsMidCall(d))
        {
            yield break;
        }

        var flagged = d.Violations.Where(v => v.Rule == ViolationRules.PdBeforeIdentification).Select(v => v.Segment).ToHashSet();
        var views = TranscriptAnalyzer.Analyze(new Transcript(d.Id, "ru", d.Segments), script);
        var completed = IdentificationTracker.Track(views, script).CompletedAt ?? int.MaxValue;
        foreach (var view in views)
        {
            var discloses = flagged.Contains(view.Index);
            if ((view.Index < completed || discloses)
                && PersonalDataGuard.Weigh(view, PersonalDataGuard.CallerTurnBefore(views, view), script) is { } weighed)
            {
                yield return (weighed.Words, weighed.Cues, discloses);
            }
        }
    }

    /// <summary>An excerpt that begins mid-call (the caller speaks first, or the text opens with an ellipsis): whether
    /// the caller was identified before it is unknown, and its writers read statuses out freely, so its turns would
    /// teach the model that a status before identification is fine.</summary>
    public static bool BeginsMidCall(CorpusDialogue d)
    {
        if (d.Segments.Count == 0 || d.Segments[0].Speaker != Speaker.Operator)
        {
            return true;
        }

        var opening = d.Segments[0].Text.TrimStart();
        return opening.StartsWith("...", StringComparison.Ordinal) || opening.StartsWith('…');
    }

    /// <summary>Every cue flag set: the cues of a turn index <see cref="CueTokens"/> directly.</summary>
    private static readonly int CueMask = Enum.GetValues<DisclosureCues>().Aggregate(0, (mask, kind) => mask | (int)kind);

    // "qcue" + the kind's name in Latin letters, which no Russian word holds, so the tokens' n-grams are features of their own.
    private static readonly string[] CueTokens = [.. Enumerable.Range(0, CueMask + 1).Select(TokensOf)];

    private static string TokensOf(int cues)
    {
        var tokens = new List<string>();
        foreach (var kind in Enum.GetValues<DisclosureCues>().Where(k => k != DisclosureCues.None && (cues & (int)k) != 0))
        {
            tokens.Add($"qcue{kind.ToString().ToLowerInvariant()}");
        }

        tokens.Add($"qcuecount{((DisclosureCues)cues).Evidence()}");
        return string.Join(' ', tokens);
    }
}
