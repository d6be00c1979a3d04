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

    /// <summary>Words that state where the caller's own case stands (approved, refused, ready, in progress):
    /// a kind of evidence of its own, since with a look-up or a record they read out the application's status.</summary>
    public List<string> StatusCues { get; set; } = [];

    /// <summary>A status counts only about the caller's own case: one of these words, or a look-up, in the turn.</summary>
    public List<string> StatusOwnerWords { get; set; } = [];

    /// <summary>Words with which the caller speaks of his own case («мой паспорт», «у меня», «я подавала»). In the
    /// caller's turn right before a status they hint that the status is the caller's; the disclosure model weighs the
    /// hint (alone it would call every general answer after «мой…» a disclosure).</summary>
    public List<string> CallerOwnCaseWords { get; set; } = [];

    /// <summary>Apologies of an operator who breaks off to ask for identification after reading something out.</summary>
    public List<string> SelfCorrections { get; set; } = [];

    /// <summary>An operator's own words that he spoke before identifying the caller («я поторопилась», «я ведь не
    /// уточнил, кто вы»), anywhere after the first few words of a turn.</summary>
    public List<string> DisclosureAdmissions { get; set; } = [];

    /// <summary>A status in a turn with one of these words is a rule explained ("если отклонят…"), not a disclosure.</summary>
    public List<string> StatusConditionalWords { get; set; } = [];

    /// <summary>The operator explains the rule or refuses: not a disclosure.</summary>
    public List<string> Exclusions { get; set; } = [];
}
