using NVorbis;

namespace QualityAnalytics.Pipeline.Audio.Decoding;

/// <summary>Ogg Vorbis through NVorbis; the last granule position gives the exact length.</summary>
/// <remarks>NVorbis can hand out a few samples past the final granule (the end-trim of the last packet is the
/// container's to say), so output stops at <see cref="VorbisReader.TotalSamples"/>, the final granule.</remarks>
internal sealed class VorbisPcmSource : ISplittablePcmSource
{
    // A decoder joining mid-file starts at a page end at least this far before its first sample. NVorbis seeks exactly
    // to a page's granule (it decodes the packet before for the overlap); inside a page's last packet it can land a
    // short block late, so the rest is decoded and dropped instead.
    private const int JoinMargin = 4096;

    private readonly VorbisReader reader;
    private readonly string path;
    private readonly long end;
    private float[] scratch = [];
    private long skip;
    private long position;

    private VorbisPcmSource(VorbisReader reader, string path)
    {
        this.reader = reader;
        this.path = path;
        SampleRate = reader.SampleRate;
        Channels = reader.Channels;
        end = reader.TotalSamples > 0 ? reader.TotalSamples : long.MaxValue;
    }

    public int SampleRate { get; }

    public int Channels { get; }

    public long? DeclaredFrames => null;

    public static VorbisPcmSource Open(FileStream stream)
    {
        try
        {
            return new VorbisPcmSource(new VorbisReader(stream, closeOnDispose: true), stream.Name);
        }
        catch (Exception e) when (e is InvalidDataException or ArgumentException or EndOfStreamException or InvalidOperationException)
        {
            throw AudioRejections.Unreadable($"Ogg Vorbis не читается: {e.Message}", e);
        }
    }

    public int Read(Span<float> buffer)
    {
        var wanted = (int)Math.Min(buffer.Length / Channels, Math.Max(0, end - position - skip)) * Channels;
        if (wanted == 0)
        {
            return 0;
        }

        if (scratch.Length < wanted)
        {
            scratch = new float[wanted];
        }

        int got;
        try
        {
            while (skip > 0 && (got = reader.ReadSamples(scratch, 0, (int)Math.Min(wanted, skip * Channels))) > 0)
            {
                skip -= got / Channels;
                position += got / Channels;
            }

            got = reader.ReadSamples(scratch, 0, wanted);
        }
        catch (Exception e) when (e is InvalidDataException or EndOfStreamException or ArgumentException or InvalidOperationException)
        {
            got = 0;
        }

        got -= got % Channels;
        scratch.AsSpan(0, got).CopyTo(buffer);
        position += got / Channels;
        return got;
    }

    public long? FramesIfKnown() => end < long.MaxValue ? end : null;

    public IPcmSource OpenFrom(long startFrame)
    {
        var join = OggPageIndex.Scan(path).Select(p => p.Granule).Where(g => g > 0 && g <= startFrame - JoinMargin).DefaultIfEmpty(0).Max();
        var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        var other = Open(stream);
        other.reader.ClipSamples = reader.ClipSamples;
        if (join > 0)
        {
            other.reader.SeekTo(join);
        }

        other.position = join;
        other.skip = startFrame - join;
        return other;
    }

    public void Dispose() => reader.Dispose();
}
