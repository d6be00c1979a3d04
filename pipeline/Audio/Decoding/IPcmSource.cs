namespace QualityAnalytics.Pipeline.Audio.Decoding;

/// <summary>A recording opened for sequential reading: interleaved float frames at the file's own rate.</summary>
/// <remarks>Sources are pulled block by block so that no recording is ever held whole in memory.</remarks>
internal interface IPcmSource : IDisposable
{
    int SampleRate { get; }

    int Channels { get; }

    /// <summary>Frames the container promises (header, granule), or null when it does not say.</summary>
    long? DeclaredFrames { get; }

    /// <summary>Fills <paramref name="buffer"/> with whole interleaved frames; returns the sample count, 0 at the end.</summary>
    int Read(Span<float> buffer);
}
