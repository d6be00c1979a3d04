using QualityAnalytics.Pipeline.Scoring.Matching;

namespace QualityAnalytics.Pipeline.Scoring;

/// <summary>Follows the identification dialogue: the operator asks for factors (name, birth date, passport…),
/// the caller answers or refuses. Identification is complete once answered requests cover the script's number
/// of factors (a name alone proves nothing), or when the operator explicitly confirms the match after asking.
/// The state is shared by all operators of a call: after a transfer the history, identification included, goes along.
/// Factors count by kind (name, birth date, a number, …): the ones the operator asked for that the caller answered,
/// and the data the caller's answers visibly hold even when the request was worded loosely («давайте вас найду,
/// фамилия, дата рождения?») or the caller volunteered a full name and date before being asked.</summary>
public static class IdentificationTracker
{
    public static IdentificationOutcome Track(IReadOnlyList<SegmentView> views, CompiledScript script)
    {
        var needed = Math.Max(1, script.Script.Stage(Models.Judgement.StageIds.Identification).FactorsNeeded);
        SegmentView? requestedAt = null;
        var pending = new HashSet<int>();
        var answered = new HashSet<string>(StringComparer.Ordinal);
        var generalRequestPending = false;

        // The operator turn just before, when it names identification factors in words too loose for a request
        // («давайте посмотрю, ФИО и дата рождения»): an answer holding that data still completes identification.
        SegmentView? namesFactors = null;
        foreach (var view in views)
        {
            if (view.IsOperator)
            {
                var asked = false;
                var requestContext = script.IsRequestContext(view) || script.IsMatch(script.IdRequestGroup, view.Hits[script.IdRequestGroup]);
                namesFactors = null;
                for (var f = 0; f < script.FactorGroups.Length; f++)
                {
                    var group = script.FactorGroups[f];
                    if (!script.IsMatch(group, view.Hits[group]))
                    {
                        continue;
                    }

                    namesFactors = view;
                    if (requestContext)
                    {
                        pending.Add(f);
                        asked = true;
                    }
                }

                if (script.IsMatch(script.IdRequestGroup, view.Hits[script.IdRequestGroup]))
                {
                    generalRequestPending = true;
                    asked = true;
                }

                if (asked)
                {
                    requestedAt ??= view;
                }
                else
                {
                    switch (ReadConfirmation(view, script, requestedAt is not null && answered.Count + pending.Count > 0))
                    {
                        case Confirmation.Confirms:
                            // A transcript may begin mid-identification: "данные совпадают" is evidence enough.
                            return new IdentificationOutcome(requestedAt ?? view, view.Index);
                        case Confirmation.TalksAboutIt:
                            // «мне нужно подтвердить её личность»: no request in form, but an answer holding the data
                            // («Соловьёва Елена Михайловна, двенадцатое декабря…») completes identification.
                            namesFactors ??= view;
                            break;
                    }
                }

                continue;
            }

            var shown = PersonalDataShapes.IdentificationKinds(view.Words);

            // Unasked, only an answer that looks like identification counts (two kinds of data, and before any request
            // one of them a full name): "подала двадцать пятого января" is a date of filing, not a birth date.
            var volunteered = shown.Count >= 2 && (requestedAt is not null || shown.Contains("name")) ? shown : [];
            if (pending.Count == 0 && !generalRequestPending)
            {
                if (Credit(answered, [], volunteered, requestedAt is not null || namesFactors is not null, needed))
                {
                    return new IdentificationOutcome(requestedAt ?? namesFactors, view.Index);
                }

                continue;
            }

            var refused = script.IsMatch(script.IdRefusalGroup, view.Hits[script.IdRefusalGroup]);
            var looksLikeAnswer = PersonalDataShapes.LooksLikeIdentificationAnswer(view.Words);
            if (refused && !looksLikeAnswer)
            {
                pending.Clear();
                generalRequestPending = false;
                continue;
            }

            // "Сейчас, минутку" is no answer yet: the request stays open for the caller's next turn.
            if (!looksLikeAnswer && !pending.Overlaps(FreeFormFactors(script)))
            {
                continue;
            }

            // "Лазарев Семён Петрович, девятое сентября… ИНН не помню": all but the refused factor are answered.
            var given = pending.Select(f => script.FactorNames[f]).ToList();
            if (refused && given.Count > 0)
            {
                given.RemoveAt(given.Count - 1);
            }

            pending.Clear();
            generalRequestPending = false;
            if (Credit(answered, given, shown, requestedAt is not null, needed))
            {
                return new IdentificationOutcome(requestedAt, view.Index);
            }
        }

        return new IdentificationOutcome(requestedAt, null);
    }

    /// <summary>Adds the factor kinds of one answer and tells whether identification is now complete. A number the
    /// caller dictates is the passport, INN, SNILS or code asked for, when one was; otherwise a number of its own.</summary>
    private static bool Credit(HashSet<string> answered, List<string> given, IReadOnlyList<string> shown, bool requested, int needed)
    {
        answered.UnionWith(given);
        foreach (var kind in shown)
        {
            if (kind != "number" || !given.Any(IsNumberFactor))
            {
                answered.Add(kind);
            }
        }

        return requested && answered.Count >= needed;
    }

    private static bool IsNumberFactor(string factor) => factor is "passport" or "inn" or "snils" or "sms_code";

    // A control question or a code word is answered in any words; other factors are names, dates and numbers.
    private static IEnumerable<int> FreeFormFactors(CompiledScript script) => script.FreeFormFactorIndexes;

    /// <summary>How closely a one-word confirmation must match: the word itself or a misheard form of it, not another
    /// word of its stem — «подтверждение проходит сразу», «без подтверждения» talk about confirming, they do not
    /// confirm (that reading completed identification in a dozen corpus calls that had none).</summary>
    private const double OneWordConfirmationScore = 0.9;

    private enum Confirmation
    {
        None,
        Confirms,
        TalksAboutIt,
    }

    /// <summary>Shortest confirmation word that has to be said as it stands or misheard: the participles and verbs
    /// whose other forms are talk about confirming; shorter words («я», «вас», «уже») are often lost by a recogniser.</summary>
    private const int MinWholeConfirmationWord = 5;

    /// <summary>An explicit confirmation; a one-word one ("подтверждено") only after the caller answered a request,
    /// since alone it may be about a payment. The long words of a longer one must be said in that form:
    /// «личность подтверждена» confirms, «подтвердить личность мама должна сама» talks about confirming.</summary>
    private static Confirmation ReadConfirmation(SegmentView view, CompiledScript script, bool afterRequest)
    {
        var hit = view.Hits[script.IdConfirmationGroup];
        if (!script.IsMatch(script.IdConfirmationGroup, hit))
        {
            return Confirmation.None;
        }

        var phrase = script.Phrases[script.IdConfirmationGroup][hit.PhraseIndex];
        if (!phrase.Contains(' ', StringComparison.Ordinal))
        {
            return afterRequest && hit.Score >= OneWordConfirmationScore ? Confirmation.Confirms : Confirmation.None;
        }

        return LongWordsSaid(phrase, view.Words) ? Confirmation.Confirms : Confirmation.TalksAboutIt;
    }

    private static bool LongWordsSaid(string phrase, string[] words)
    {
        var shapes = words.Select(w => new WordShape(w)).ToArray();
        return phrase.Split(' ').Where(p => p.Length >= MinWholeConfirmationWord).All(p =>
        {
            var want = new WordShape(p);
            return shapes.Any(s => TokenSimilarity.Of(want, s) >= OneWordConfirmationScore);
        });
    }
}
