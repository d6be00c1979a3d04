using QualityAnalytics.Models.Calls;
using QualityAnalytics.Models.Judgement;
using QualityAnalytics.Pipeline.Scoring;

namespace QualityAnalytics.Bench;

/// <summary>Judges one call once with the real judge and returns that judgement for every call (with the call's
/// own speed metrics): the batch then costs ingest, speed and storage only.</summary>
internal sealed class EmptyJudge(ICallJudge real) : ICallJudge
{
    private CallJudgement? _template;

    public CallJudgement Judge(CallRecord call, Transcript transcript, TranscriptSource source, SpeedMetrics speed) =>
        (_template ??= real.Judge(call, transcript, source, speed)) with { Speed = speed };
}
