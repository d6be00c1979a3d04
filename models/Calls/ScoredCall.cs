using QualityAnalytics.Models.Judgement;

namespace QualityAnalytics.Models.Calls;

/// <summary>A call with everything known about it after the pipeline: what is stored and exported.</summary>
/// <param name="Segments">The transcript as stored: personal data already masked.</param>
/// <param name="RoleConfidence">How sure the speaker roles are (1 for stereo or supplied transcripts).</param>
public sealed record ScoredCall(
    CallRecord Call,
    TranscriptSource Source,
    IReadOnlyList<Segment> Segments,
    double RoleConfidence,
    CallJudgement Judgement);
