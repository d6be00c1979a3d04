namespace QualityAnalytics.Models.Calls;

/// <summary>What the audio stage learned from a recording: its real length and who spoke when.</summary>
/// <param name="DurationS">Recording duration in seconds.</param>
/// <param name="Speech">Speech intervals per speaker (from VAD), with text when ASR ran.</param>
/// <param name="RoleConfidence">1 for stereo layouts; for mono, how sure the role inference is (0..1).</param>
/// <param name="Notes">Human-readable remarks (transcription skipped and why, segments dropped), for the run summary.</param>
public sealed record CallAudio(
    double DurationS,
    IReadOnlyList<Segment> Speech,
    TranscriptSource Source,
    double RoleConfidence,
    IReadOnlyList<string> Notes);
