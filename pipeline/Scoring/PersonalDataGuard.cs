using QualityAnalytics.Pipeline.Classification;
using QualityAnalytics.Pipeline.Scoring.Matching;
using QualityAnalytics.Models.Judgement;

namespace QualityAnalytics.Pipeline.Scoring;

/// <summary>Raises <c>pd_before_identification</c> for every operator segment that reads out the caller's
/// application, account or personal details before identification was complete (or in a call where it never was).
/// Identification is call-wide, so a senior after a transfer may speak freely once the first operator identified.</summary>
public static class PersonalDataGuard
{
    public static IReadOnlyList<Violation> Check(
        IReadOnlyList<SegmentView> views, IdentificationOutcome identification, CompiledScript script, IDisclosureClassifier? model = null) =>
        BeforeIdentification.Flag(views, identification, ViolationRules.PdBeforeIdentification,
            view => Discloses(view, CallerTurnBefore(views, view), script, model));

    /// <summary>Whether an operator turn reads out the caller's data. The script's cues find the evidence (look-up,
    /// record contents, the case's status, full name, dictated number or e-mail, an operator catching himself; a
    /// refusal clears the turn) and hints; with a trained model the cues and the turn's words are weighed together,
    /// else enough kinds of evidence decide.</summary>
    /// <param name="callerBefore">The caller's turn just before, if any: whether the caller asked about his own case
    /// («Мой паспорт готов?» — «Да, готов, можно забирать») is for the model to weigh.</param>
    public static bool Discloses(SegmentView view, SegmentView? callerBefore, CompiledScript script, IDisclosureClassifier? model = null) =>
        Weigh(view, callerBefore, script) is { } weighed && Decide(weighed.Words, weighed.Cues, script, model);

    /// <summary>What of an operator turn is weighed (see <see cref="Candidate"/>) and the cues found in it; null when
    /// nothing is. An operator who breaks off to ask for identification after reading something out, with an apology
    /// («…отказ, превышение дохода. Ой, простите, сначала назовите ФИО»), or who says so («я ведь не уточнил, кто
    /// вы»), has caught himself disclosing.</summary>
    public static (string[] Words, DisclosureCues Cues)? Weigh(SegmentView view, SegmentView? callerBefore, CompiledScript script)
    {
        if (Candidate(view, script) is not { } candidate)
        {
            return null;
        }

        var cues = Cues(candidate, callerBefore, script);
        var readOut = candidate.Words.Length;
        var apologisedAfterReadingOut = readOut < view.Words.Length && readOut >= MinWordsReadOut
            && script.SelfCorrections.In(view.Words.AsSpan(readOut));
        var admitted = view.Words.Length > MinWordsReadOut && script.DisclosureAdmissions.In(view.Words.AsSpan(MinWordsReadOut));
        if (apologisedAfterReadingOut || admitted)
        {
            cues |= DisclosureCues.CaughtItself;
        }

        return (candidate.Words, cues);
    }

    /// <summary>Fewer words before an apology and a request are a filler («Секунду… ой, простите, назовите ФИО»).</summary>
    private const int MinWordsReadOut = 4;

    /// <summary>The decision on a candidate's words and cues. A refusal clears the turn; a turn in whose own words the
    /// cues found nothing is not weighed by the model (such turns are most of those weighed, and trained without one
    /// writer's part the model found no disclosure among them).</summary>
    public static bool Decide(IReadOnlyList<string> words, DisclosureCues cues, CompiledScript script, IDisclosureClassifier? model)
    {
        if (cues.HasFlag(DisclosureCues.Refusal) || (cues & ~DisclosureCues.CallerAskedOwnCase) == DisclosureCues.None)
        {
            return false;
        }

        return model?.Discloses(words, cues) ?? cues.Evidence() >= script.Script.PersonalData.MinEvidence;
    }

    /// <summary>The part of an operator turn that could disclose before identification: the whole turn, or — in a
    /// turn that asks for identification — only what it read out before the request
    /// («Вижу, свидетельство готово… Ой, сначала назовите ФИО»); null for the caller's turns and for a turn that
    /// opens with the request.</summary>
    private static SegmentView? Candidate(SegmentView view, CompiledScript script) =>
        !view.IsOperator ? null
        : !script.AsksForIdentification(view) ? view
        : BeforeRequest(view, script);

    /// <summary>The caller's turn right before an operator turn, or null when the operator spoke last.</summary>
    public static SegmentView? CallerTurnBefore(IReadOnlyList<SegmentView> views, SegmentView view) =>
        view.Index > 0 && !views[view.Index - 1].IsOperator ? views[view.Index - 1] : null;

    /// <summary>Words read out before the request in a sentence that asks: up to the request, or to an apology just
    /// before it («…можно забирать ой простите сначала назовите…»), which the guard looks for after the read-out.</summary>
    private static int ReadOutBeforeRequest(string[] words, CompiledScript script)
    {
        var request = RequestStart(words, script);
        var from = Math.Max(0, request - ApologyReach);
        var apology = script.SelfCorrections.FirstIn(words.AsSpan(from, request - from));
        return apology < 0 ? request : from + apology;
    }

    /// <summary>How far before a request an apology belongs to it («ой простите я должна была сначала»).</summary>
    private const int ApologyReach = 6;

    /// <summary>Where the request begins in words that ask for identification: the shortest prefix that asks ends
    /// it, the shortest tail of that prefix that still asks begins it (both found by halving: a longer span matches
    /// at least as well as a part of it).</summary>
    private static int RequestStart(string[] words, CompiledScript script)
    {
        bool Asks(int from, int to)
        {
            var piece = words[from..to];
            return script.AsksInSoManyWords(piece, script.Matcher.Match(piece));
        }

        int low = 1, high = words.Length;
        while (low < high)
        {
            var mid = (low + high) / 2;
            (low, high) = Asks(0, mid) ? (low, mid) : (mid + 1, high);
        }

        var end = low;
        low = 0;
        high = end - 1;
        while (low < high)
        {
            var mid = (low + high + 1) / 2;
            (low, high) = Asks(mid, end) ? (mid, high) : (low, mid - 1);
        }

        return low;
    }

    /// <summary>The kinds of disclosure evidence the script's cues find in a turn, and the hints only the model weighs.</summary>
    private static DisclosureCues Cues(SegmentView view, SegmentView? callerBefore, CompiledScript script)
    {
        var cues = DisclosureCues.None;
        if (script.IsMatch(script.DisclosureExclusionGroup, view.Hits[script.DisclosureExclusionGroup]))
        {
            cues |= DisclosureCues.Refusal;
        }

        var looks = script.IsMatch(script.LookGroup, view.Hits[script.LookGroup]);
        if (looks)
        {
            cues |= DisclosureCues.LookUp;
        }

        if (script.IsMatch(script.RecordGroup, view.Hits[script.RecordGroup]))
        {
            cues |= DisclosureCues.Record;
        }

        if (script.IsMatch(script.StatusGroup, view.Hits[script.StatusGroup]) && !script.StatusConditionalWords.In(view.Words))
        {
            cues |= looks || script.StatusOwnerWords.In(view.Words) ? DisclosureCues.Status : DisclosureCues.BareStatus;
        }

        if (callerBefore is not null && script.CallerOwnCaseWords.In(callerBefore.Words))
        {
            cues |= DisclosureCues.CallerAskedOwnCase;
        }

        // An operator's own name and patronymic in the opening turn is an introduction, not the caller's data.
        if (view.TurnInPart > 0 && PersonalDataShapes.HasPatronymic(view.Words))
        {
            cues |= DisclosureCues.FullName;
        }

        if (PersonalDataShapes.HasDictatedNumber(view.Words) || PersonalDataShapes.HasEmail(view.Words))
        {
            cues |= DisclosureCues.NumberOrEmail;
        }

        return cues;
    }

    /// <summary>What the turn says before it asks for identification in so many words, as a view of its own: the
    /// sentences before the first one that asks, and that sentence's words before the request — recognised speech
    /// often comes as one run-on sentence («вижу заявление исполнено ой секунду назовите фио»). Null when the turn
    /// opens with the request (or a filler before it) and when nothing in it can be told apart.</summary>
    private static SegmentView? BeforeRequest(SegmentView view, CompiledScript script)
    {
        var before = new List<string>();
        foreach (var (words, hits, _) in script.SentencesOf(view))
        {
            if (script.AsksInSoManyWords(words, hits))
            {
                var readOut = ReadOutBeforeRequest(words, script);
                if (before.Count + readOut >= MinWordsReadOut)
                {
                    before.AddRange(words.Take(readOut));
                }

                break;
            }

            before.AddRange(words);
        }

        if (before.Count == 0 || before.Count == view.Words.Length)
        {
            return null;
        }

        return script.PieceOf(view, [.. before]);
    }
}
