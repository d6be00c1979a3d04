using QualityAnalytics.Models.Calls;
using QualityAnalytics.Models.Judgement;

namespace QualityAnalytics.Pipeline.Scoring;

/// <summary>Judges one call against the operator script. Pure: no I/O, same input gives the same judgement.</summary>
public interface ICallJudge
{
    /// <param name="transcript">Segments in start order; text may be empty when only VAD timings are known.</param>
    /// <param name="speed">Speed metrics already computed by the contract's definitions.</param>
    CallJudgement Judge(CallRecord call, Transcript transcript, TranscriptSource source, SpeedMetrics speed);
}
