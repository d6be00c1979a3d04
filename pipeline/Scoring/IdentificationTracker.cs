namespace QualityAnalytics.Pipeline.Scoring;

/// <summary>Follows the identification dialogue: the operator asks for factors (name, birth date, passport…),
/// the caller answers or refuses. Identification is complete once answered requests cover the script's number
/// of factors (a name alone proves nothing), or when the operator explicitly confirms the match after asking.
/// The state is shared by all operators of a call: after a transfer the history, identification included, goes along.</summary>
public static class IdentificationTracker
{
    public static IdentificationOutcome Track(IReadOnlyList<SegmentView> views, CompiledScript script)
    {
        var needed = Math.Max(1, script.Script.Stage(Models.Judgement.StageIds.Identification).FactorsNeeded);
        SegmentView? requestedAt = null;
        var pending = new HashSet<int>();
        var answered = new HashSet<int>();
        var generalRequestPending = false;
        foreach (var view in views)
        {
            if (view.IsOperator)
            {
                var asked = false;
                var requestContext = script.IsRequestContext(view);
                for (var f = 0; f < script.FactorGroups.Length; f++)
                {
                    var group = script.FactorGroups[f];
                    if (requestContext && script.IsMatch(group, view.Hits[group]))
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
                else if (Confirms(view, script, requestedAt is not null && answered.Count + pending.Count > 0))
                {
                    // A transcript may begin mid-identification: "данные совпадают" is evidence enough.
                    return new IdentificationOutcome(requestedAt ?? view, view.Index);
                }

                continue;
            }

            if (pending.Count == 0 && !generalRequestPending)
            {
                continue;
            }

            if (script.IsMatch(script.IdRefusalGroup, view.Hits[script.IdRefusalGroup]))
            {
                pending.Clear();
                generalRequestPending = false;
                continue;
            }

            // "Сейчас, минутку" is no answer yet: the request stays open for the caller's next turn.
            if (!PersonalDataShapes.LooksLikeIdentificationAnswer(view.Words) && !pending.Overlaps(FreeFormFactors(script)))
            {
                continue;
            }

            answered.UnionWith(pending);
            pending.Clear();
            generalRequestPending = false;
            if (answered.Count >= needed)
            {
                return new IdentificationOutcome(requestedAt, view.Index);
            }
        }

        return new IdentificationOutcome(requestedAt, null);
    }

    // A control question or a code word is answered in any words; other factors are names, dates and numbers.
    private static IEnumerable<int> FreeFormFactors(CompiledScript script) => script.FreeFormFactorIndexes;

    /// <summary>An explicit confirmation; a one-word one ("подтверждено") only after the caller answered a request,
    /// since alone it may be about a payment.</summary>
    private static bool Confirms(SegmentView view, CompiledScript script, bool afterRequest)
    {
        var hit = view.Hits[script.IdConfirmationGroup];
        return script.IsMatch(script.IdConfirmationGroup, hit)
            && (afterRequest || script.Phrases[script.IdConfirmationGroup][hit.PhraseIndex].Contains(' ', StringComparison.Ordinal));
    }
}
