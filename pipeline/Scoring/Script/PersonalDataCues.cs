namespace QualityAnalytics.Pipeline.Scoring.Script;

/// <summary>What disclosing personal or application data sounds like, and what does not count.</summary>
public sealed class PersonalDataCues
{
    /// <summary>How many kinds of evidence make a disclosure. Default 2.</summary>
    public int MinEvidence { get; set; } = 2;

    /// <summary>The operator looks the caller up ("вижу", "по номеру вижу").</summary>
    public List<string> LookCues { get; set; } = [];

    /// <summary>Contents of a record about the caller (status, linked phone, accrual…).</summary>
    public List<string> RecordCues { get; set; } = [];

    /// <summary>The operator explains the rule or refuses: not a disclosure.</summary>
    public List<string> Exclusions { get; set; } = [];
}
