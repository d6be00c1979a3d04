namespace QualityAnalytics.Pipeline.Scoring.Script;

/// <summary>When the script requires a stage (<c>required:</c> in the YAML).</summary>
public static class StageRequirements
{
    public const string Always = "always";

    /// <summary>Only when the request touches personal data, an application or the account.</summary>
    public const string WhenPersonalData = "when_personal_data";

    /// <summary>Not asked of an operator who hands the caller over to someone else.</summary>
    public const string UnlessTransferred = "unless_transferred";
}
