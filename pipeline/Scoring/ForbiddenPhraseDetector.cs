using QualityAnalytics.Pipeline.Classification;
using QualityAnalytics.Models.Judgement;

namespace QualityAnalytics.Pipeline.Scoring;

/// <summary>Finds the script's forbidden phrases in operator speech, one violation per offending segment; with a
/// dismissal model, also turns that brush the caller off in words the list does not hold.</summary>
public static class ForbiddenPhraseDetector
{
    /// <summary>A bare dismissal ("ждите", "ну ждите") is a turn of at most this many words.</summary>
    private const int BareTurnWords = 4;

    /// <summary>Forbidden phrases are short: near-complete matches only, or ordinary speech would trip them
    /// (0.8 keeps precision at 0.96 on the corpus while catching a dropped or misheard short word).</summary>
    private const double Threshold = 0.8;

    public static IReadOnlyList<Violation> Find(IReadOnlyList<SegmentView> views, CompiledScript script, IDismissalClassifier? dismissal = null)
    {
        List<Violation>? found = null;
        foreach (var view in views)
        {
            if (view.IsOperator && (HasListedPhrase(view, script) || dismissal?.IsDismissive(view.Words) == true))
            {
                (found ??= []).Add(new Violation(ViolationRules.ForbiddenPhrase, Critical: false, view.Segment.Start, view.Segment.Text));
            }
        }

        return found ?? (IReadOnlyList<Violation>)[];
    }

    private static bool HasListedPhrase(SegmentView view, CompiledScript script)
    {
        for (var i = 0; i < script.ForbiddenGroups.Length; i++)
        {
            var entry = script.Script.ForbiddenPhrases[i];
            var hit = view.Hits[script.ForbiddenGroups[i]];
            var unless = script.ForbiddenUnlessGroups[i];
            if (hit.Score >= Threshold
                && !(entry.Alone && view.Words.Length > BareTurnWords)
                && !script.IsMatch(unless, view.Hits[unless]))
            {
                return true;
            }
        }

        return false;
    }
}
