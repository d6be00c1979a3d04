namespace QualityAnalytics.Pipeline.Audio.Decoding;

/// <summary>A recording decoded to 16 kHz, one spool per source channel (left first).</summary>
/// <param name="DurationS">Real duration: decoded source frames over the source rate.</param>
/// <param name="Notes">What went oddly but still decoded (a header promising more than the file holds).</param>
public sealed record DecodedRecording(
    double DurationS,
    int SourceSampleRate,
    IReadOnlyList<SampleSpool> Channels,
    IReadOnlyList<string> Notes) : IDisposable
{
    public void Dispose()
    {
        foreach (var channel in Channels)
        {
            channel.Dispose();
        }
    }
}
