using QualityAnalytics.Models.Judgement;

namespace QualityAnalytics.Pipeline.Scoring;

/// <summary>The critical rules about what an operator may not do before the caller is identified (disclose, act on the
/// caller's behalf): each flags operator turns before identification was complete, or in a call where it never was.
/// Identification is call-wide, so a senior after a transfer may speak freely once the first operator identified.</summary>
internal static class BeforeIdentification
{
    /// <summary>Several lapses in a row are one; more than this adds nothing to the verdict.</summary>
    private const int MaxReported = 3;

    public static IReadOnlyList<Violation> Flag(
        IReadOnlyList<SegmentView> views, IdentificationOutcome identification, string rule, Func<SegmentView, bool> breaks)
    {
        List<Violation>? violations = null;
        foreach (var view in views)
        {
            if (identification.CompletedAt is { } completed && view.Index >= completed)
            {
                break;
            }

            if (view.IsOperator && breaks(view))
            {
                (violations ??= []).Add(new Violation(rule, Critical: true, view.Segment.Start, view.Segment.Text));
                if (violations.Count == MaxReported)
                {
                    break;
                }
            }
        }

        return violations ?? (IReadOnlyList<Violation>)[];
    }
}
