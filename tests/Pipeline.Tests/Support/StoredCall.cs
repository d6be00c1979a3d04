namespace QualityAnalytics.Tests.Support;

/// <summary>One call as the results store holds it, with defaults a test overrides where it matters.</summary>
internal sealed class StoredCall(string callId, string startedAt)
{
    public string CallId { get; } = callId;
    public string StartedAt { get; } = startedAt;
    public string CallDate => StartedAt[..10];
    public string OperatorId { get; set; } = "op-1";
    public string? OperatorName { get; set; } = "Оператор Один";
    public string? Team { get; set; } = "A";
    public string? CallerId { get; set; }
    public string? ServiceCategory { get; set; } = "пенсионная";
    public string ScriptVersion { get; set; } = "gosuslugi-2026.1";
    public string Topic { get; set; } = "application_status";
    public string Resolution { get; set; } = "resolved";
    public string Verdict { get; set; } = "pass";
    public double Overall { get; set; } = 90;
    public double Adherence { get; set; } = 90;
    public double Speed { get; set; } = 90;
    public double ResolutionScore { get; set; } = 100;
    public double? QueueWaitS { get; set; } = 10;
    public double? MeanResponseS { get; set; } = 1.0;
    public double? P95ResponseS { get; set; } = 2.0;
    public double? DeadAirRatio { get; set; } = 0.02;
    public double? HandleS { get; set; } = 180;
    public double? HoldS { get; set; }

    /// <summary>asr, transcript or none (a recording with no text: no Whisper model).</summary>
    public string TranscriptSource { get; set; } = "transcript";
    public List<(string Rule, bool Critical, double? Start, string? Quote)> Violations { get; } = [];
    public List<(string Stage, bool Done, bool Required, double? Start, string? Quote)> Stages { get; } = [];
    public List<(string Speaker, double Start, double End, string Text)> Segments { get; } = [];

    /// <summary>Older judgements of the same call (is_current = 0) that must never be counted.</summary>
    public List<string> SupersededVersions { get; } = [];
}
