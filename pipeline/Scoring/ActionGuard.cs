using QualityAnalytics.Models.Judgement;

namespace QualityAnalytics.Pipeline.Scoring;

/// <summary>Raises <c>action_before_identification</c> for an operator turn that says it has done, or is doing, something
/// to the caller's account or application («я сняла блокировку», «сбрасываю пароль») before identification was complete
/// (or in a call where it never was). The owners' rules forbid it as they forbid a disclosure.</summary>
public static class ActionGuard
{
    /// <summary>Several actions in a row are one lapse; more than this adds nothing to the verdict.</summary>
    private const int MaxReported = 3;

    public static IReadOnlyList<Violation> Check(IReadOnlyList<SegmentView> views, IdentificationOutcome identification, CompiledScript script)
    {
        List<Violation>? violations = null;
        foreach (var view in views)
        {
            if (identification.CompletedAt is { } completed && view.Index >= completed)
            {
                break;
            }

            if (view.IsOperator && Acts(view.Words, script))
            {
                (violations ??= []).Add(new Violation(
                    ViolationRules.ActionBeforeIdentification, Critical: true, view.Segment.Start, view.Segment.Text));
                if (violations.Count == MaxReported)
                {
                    break;
                }
            }
        }

        return violations ?? (IReadOnlyList<Violation>)[];
    }

    private static bool Acts(string[] words, CompiledScript script) =>
        script.ActionPhrases.In(words) && !script.ActionUnless.In(words);
}
