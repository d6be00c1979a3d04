namespace QualityAnalytics.Pipeline.Scoring.Script;

/// <summary>The operator script as loaded from <c>models/scripts/gosuslugi-&lt;version&gt;.yaml</c>.</summary>
public sealed class OperatorScript
{
    /// <summary>Stored with every score (<c>script_version</c>), so old calls keep the script they were judged by.</summary>
    public string Version { get; set; } = "";
    public string Title { get; set; } = "";
    public ScriptMatching Matching { get; set; } = new();
    public ScriptScores Scores { get; set; } = new();
    public List<SpeedTarget> Speed { get; set; } = [];
    public List<ScriptStage> Stages { get; set; } = [];
    public List<ForbiddenPhrase> ForbiddenPhrases { get; set; } = [];
    public PersonalDataCues PersonalData { get; set; } = new();

    /// <summary>What the operator says when acting on the caller's behalf (rule action_before_identification).</summary>
    public ActionsOnBehalf ActionsOnBehalf { get; set; } = new();

    public ScriptStage Stage(string id) =>
        Stages.FirstOrDefault(s => s.Id == id)
        ?? throw new InvalidOperationException($"Скрипт {Version}: нет этапа «{id}».");
}
