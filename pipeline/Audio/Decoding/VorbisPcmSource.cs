using NVorbis;

namespace QualityAnalytics.Pipeline.Audio.Decoding;

/// <summary>Ogg Vorbis through NVorbis; the last granule position gives the exact length.</summary>
/// <remarks>
/// NVorbis can hand out a few samples past the final granule (the end-trim of the last packet is the container's to
/// say), so output stops at <see cref="VorbisReader.TotalSamples"/>, the final granule, as in ffmpeg.
/// <para>Not split across two cores: NVorbis's seek lands half a short block late after about one page in ten, and
/// making a mid-file join trustworthy cost more than the second core saved.</para>
/// </remarks>
internal sealed class VorbisPcmSource : IPcmSource
{
    private readonly VorbisReader reader;
    private readonly long end;
    private long position;

    private VorbisPcmSource(VorbisReader reader)
    {
        this.reader = reader;
        SampleRate = reader.SampleRate;
        Channels = reader.Channels;
        end = reader.TotalSamples > 0 ? reader.TotalSamples : long.MaxValue;
    }

    public int SampleRate { get; }

    public int Channels { get; }

    public long? DeclaredFrames => null;

    public static VorbisPcmSource Open(Stream stream)
    {
        try
        {
            return new VorbisPcmSource(new VorbisReader(stream, closeOnDispose: true));
        }
        catch (Exception e) when (e is InvalidDataException or ArgumentException or EndOfStreamException or InvalidOperationException)
        {
            throw AudioRejections.Unreadable($"Ogg Vorbis не читается: {e.Message}", e);
        }
    }

    public int Read(Span<float> buffer)
    {
        var wanted = (int)Math.Min(buffer.Length / Channels, Math.Max(0, end - position)) * Channels;
        if (wanted == 0)
        {
            return 0;
        }

        int got;
        try
        {
            got = reader.ReadSamples(buffer[..wanted]);
        }
        catch (Exception e) when (e is InvalidDataException or EndOfStreamException or ArgumentException or InvalidOperationException)
        {
            got = 0;
        }

        got -= got % Channels;
        position += got / Channels;
        return got;
    }

    public void Dispose() => reader.Dispose();
}
