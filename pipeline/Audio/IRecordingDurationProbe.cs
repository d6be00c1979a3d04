namespace QualityAnalytics.Pipeline.Audio;

/// <summary>Reads a recording's duration without analysing it: handle time for calls that come with a transcript.</summary>
public interface IRecordingDurationProbe
{
    /// <exception cref="Ingest.InputRejectedException">The recording cannot be read.</exception>
    Task<double> DurationSecondsAsync(string recordingPath, CancellationToken cancellationToken);
}
