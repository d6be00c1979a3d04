using QualityAnalytics.Models.Calls;

namespace QualityAnalytics.Pipeline.Audio;

/// <summary>Turns a recording into its duration and per-speaker speech (with text when ASR is available).</summary>
/// <remarks>Implementations throw <see cref="Ingest.InputRejectedException"/> for a recording that cannot be used
/// (unreadable, unsupported codec): the batch quarantines that call and goes on.</remarks>
public interface ICallAudioAnalyzer
{
    Task<CallAudio> AnalyzeAsync(CallRecord call, string recordingPath, CancellationToken cancellationToken);
}
