using Microsoft.Extensions.Options;
using QualityAnalytics.Pipeline.Audio.Decoding;
using QualityAnalytics.Pipeline.Ingest;

namespace QualityAnalytics.Pipeline.Audio;

/// <summary>Handle time for calls that come with a transcript: the recording's decoded length, no VAD, no ASR.</summary>
public sealed class RecordingDurationProbe(IOptions<AudioOptions> options) : IRecordingDurationProbe
{
    private readonly RecordingDecoder decoder = new(
        new FfmpegTools(options.Value.FfmpegPath, options.Value.FfprobePath), options.Value.MemorySamplesPerChannel);

    public Task<double> DurationSecondsAsync(string recordingPath, CancellationToken cancellationToken) =>
        Task.Run(() =>
        {
            try
            {
                return decoder.MeasureDuration(recordingPath, cancellationToken);
            }
            catch (Exception e) when (e is not InputRejectedException and not OperationCanceledException)
            {
                throw AudioRejections.Unreadable($"запись не читается: {e.GetType().Name}: {e.Message}", e);
            }
        }, cancellationToken);
}
