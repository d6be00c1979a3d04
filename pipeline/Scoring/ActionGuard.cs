using QualityAnalytics.Models.Judgement;

namespace QualityAnalytics.Pipeline.Scoring;

/// <summary>Raises <c>action_before_identification</c> for an operator turn that says it has done, or is doing, something
/// to the caller's account or application («я сняла блокировку», «сбрасываю пароль») before identification was complete
/// (or in a call where it never was). The owners' rules forbid it as they forbid a disclosure.</summary>
public static class ActionGuard
{
    public static IReadOnlyList<Violation> Check(IReadOnlyList<SegmentView> views, IdentificationOutcome identification, CompiledScript script) =>
        BeforeIdentification.Flag(views, identification, ViolationRules.ActionBeforeIdentification, view => Acts(view.Words, script));

    private static bool Acts(string[] words, CompiledScript script) =>
        script.ActionPhrases.In(words) && !script.ActionUnless.In(words);
}
