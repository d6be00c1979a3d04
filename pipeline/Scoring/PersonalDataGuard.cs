using QualityAnalytics.Pipeline.Scoring.Matching;
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
    /// (look-up, record contents, the case's status, full name, dictated number or e-mail) and no refusal.
    /// A turn that asks for identification discloses only what it read out before the request
    /// («Вижу, свидетельство готово… Ой, сначала назовите ФИО»).</summary>
    public static bool Discloses(SegmentView view, CompiledScript script)
    {
        if (!view.IsOperator)
        {
            return false;
        }

        if (!script.AsksForIdentification(view))
        {
            return HasEvidence(view, script);
        }

        return BeforeRequest(view, script) is { } before && HasEvidence(before, script);
    }

    private static bool HasEvidence(SegmentView view, CompiledScript script)
    {
        if (script.IsMatch(script.DisclosureExclusionGroup, view.Hits[script.DisclosureExclusionGroup]))
        {
            return false;
        }

        var evidence = 0;
        var cues = script.Script.PersonalData;
        var looks = script.IsMatch(script.LookGroup, view.Hits[script.LookGroup]);
        if (looks)
        {
            evidence++;
        }

        if (script.IsMatch(script.RecordGroup, view.Hits[script.RecordGroup]))
        {
            evidence++;
        }

        if (script.IsMatch(script.StatusGroup, view.Hits[script.StatusGroup])
            && (looks || Mentions(view, cues.StatusOwnerWords)) && !Mentions(view, cues.StatusConditionalWords))
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

        return evidence >= cues.MinEvidence;
    }

    /// <summary>The sentences of the turn before the first one that asks for identification in so many words,
    /// as a view of their own; null when the turn opens with the request or has no sentences to tell apart.</summary>
    private static SegmentView? BeforeRequest(SegmentView view, CompiledScript script)
    {
        var sentences = view.Segment.Text.Split(SentenceEnds, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var before = new List<string>();
        foreach (var sentence in sentences)
        {
            var words = TextNormalizer.Tokenize(TextNormalizer.Normalize(sentence));
            if (script.AsksInSoManyWords(script.Matcher.Match(words)))
            {
                break;
            }

            before.AddRange(words);
        }

        if (before.Count == 0 || before.Count == view.Words.Length)
        {
            return null;
        }

        string[] prefix = [.. before];
        var prefixHits = script.Matcher.Match(prefix);
        return view with { Words = prefix, Hits = prefixHits, OpeningHits = prefixHits };
    }

    private static readonly char[] SentenceEnds = ['.', '!', '?', '…', ';', '—'];

    /// <summary>Whether the turn holds one of the entries, each a word or a run of words («у вас»).</summary>
    private static bool Mentions(SegmentView view, List<string> entries)
    {
        foreach (var entry in entries)
        {
            var words = entry.Split(' ');
            for (var i = 0; i + words.Length <= view.Words.Length; i++)
            {
                if (view.Words.AsSpan(i, words.Length).SequenceEqual(words))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
