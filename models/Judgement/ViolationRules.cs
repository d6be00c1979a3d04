namespace QualityAnalytics.Models.Judgement;

/// <summary>Violation rules of the contract; more may be added.</summary>
public static class ViolationRules
{
    /// <summary>Critical: personal or application data disclosed before the caller was identified.</summary>
    public const string PdBeforeIdentification = "pd_before_identification";

    /// <summary>Critical: the operator acted on the caller's account or application before the caller was identified
    /// (the owners' rules: without identification the operator may neither disclose data nor act on the caller's behalf).</summary>
    public const string ActionBeforeIdentification = "action_before_identification";

    /// <summary>Dismissive or rude wording from the script's forbidden list.</summary>
    public const string ForbiddenPhrase = "forbidden_phrase";
}
