using QualityAnalytics.Models.Judgement;

namespace QualityAnalytics.Pipeline.Scoring;

/// <summary>Raises <c>pd_before_identification</c> for every operator segment that reads out the caller's
/// application, account or personal details before identification was complete (or in a call where it never was).
/// Identification is call-wide, so a senior after a transfer may speak freely once the first operator identified.</summary>
public static class PersonalDataGuard
{
    /// <summary>Several disclosures in a row are one lapse; more than this adds nothing to the verdict.</summary>
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

            if (view.IsOperator && Discloses(view, script))
            {
                (violations ??= []).Add(new Violation(
                    ViolationRules.PdBeforeIdentification, Critical: true, view.Segment.Start, view.Segment.Text));
                if (violations.Count == MaxReported)
                {
                    break;
                }
            }
        }

        return violations ?? (IReadOnlyList<Violation>)[];
    }

    public static bool Discloses(SegmentView view, CompiledScript script) =>
        script.IsMatch(script.DisclosureGroup, view.Hits[script.DisclosureGroup])
        && !script.IsMatch(script.DisclosureExclusionGroup, view.Hits[script.DisclosureExclusionGroup]);
}
