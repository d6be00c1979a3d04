using NVorbis;

namespace QualityAnalytics.Pipeline.Audio.Decoding;

/// <summary>Ogg Vorbis through NVorbis; the last granule position gives the exact length.</summary>
internal sealed class VorbisPcmSource : IPcmSource
{
    private readonly VorbisReader reader;
    private float[] scratch = [];

    private VorbisPcmSource(VorbisReader reader)
    {
        this.reader = reader;
        SampleRate = reader.SampleRate;
        Channels = reader.Channels;
    }

    public int SampleRate { get; }

    public int Channels { get; }

    public long? DeclaredFrames => null;

    public static VorbisPcmSource Open(Stream stream)
    {
        try
        {
            return new VorbisPcmSource(new VorbisReader(stream, closeOnDispose: false));
        }
        catch (Exception e) when (e is InvalidDataException or ArgumentException or EndOfStreamException or InvalidOperationException)
        {
            throw AudioRejections.Unreadable($"Ogg Vorbis не читается: {e.Message}", e);
        }
    }

    public int Read(Span<float> buffer)
    {
        var wanted = buffer.Length - (buffer.Length % Channels);
        if (scratch.Length < wanted)
        {
            scratch = new float[wanted];
        }

        int got;
        try
        {
            got = reader.ReadSamples(scratch, 0, wanted);
        }
        catch (Exception e) when (e is InvalidDataException or EndOfStreamException or ArgumentException or InvalidOperationException)
        {
            got = 0;
        }

        got -= got % Channels;
        scratch.AsSpan(0, got).CopyTo(buffer);
        return got;
    }

    public void Dispose() => reader.Dispose();
}
