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

    /// <summary>Whether an operator turn reads out the caller's data: enough independent kinds of evidence
    /// (look-up, record contents, full name, dictated number or e-mail) and no refusal.</summary>
    public static bool Discloses(SegmentView view, CompiledScript script)
    {
        if (!view.IsOperator
            || script.IsMatch(script.DisclosureExclusionGroup, view.Hits[script.DisclosureExclusionGroup])
            || script.AsksForIdentification(view))
        {
            return false;
        }

        var evidence = 0;
        if (script.IsMatch(script.LookGroup, view.Hits[script.LookGroup]))
        {
            evidence++;
        }

        if (script.IsMatch(script.RecordGroup, view.Hits[script.RecordGroup]))
        {
            evidence++;
        }

        // An operator's own name and patronymic in the opening turn is an introduction, not the caller's data.
        if (view.TurnInPart > 0 && PersonalDataShapes.HasPatronymic(view.Words))
        {
            evidence++;
        }

        if (PersonalDataShapes.HasDictatedNumber(view.Words) || PersonalDataShapes.HasEmail(view.Words))
        {
            evidence++;
        }

        return evidence >= script.Script.PersonalData.MinEvidence;
    }
}
