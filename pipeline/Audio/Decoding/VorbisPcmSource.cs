using NVorbis;

namespace QualityAnalytics.Pipeline.Audio.Decoding;

/// <summary>Ogg Vorbis through NVorbis; the last granule position gives the exact length.</summary>
/// <remarks>
/// NVorbis can hand out a few samples past the final granule (the end-trim of the last packet is the container's to
/// say), so output stops at <see cref="VorbisReader.TotalSamples"/>, the final granule, as in ffmpeg. Samples are not
/// clipped to ±1: the analysis needs no clipping, and it would cost a pass over every sample.
/// <para>A decoder joining mid-file (<see cref="OpenFrom"/>) does not use NVorbis's seek, which lands half a short
/// block late after about one page in ten: it is given the headers and then the packets from a page onwards (see
/// <see cref="VorbisPacketFeed"/>), and counts where its samples belong from the packets' block sizes and the granule
/// of the first page a packet ends on. A Vorbis packet depends only on the one before it, so after the first packet
/// the joined decoder's output is the single pass's, bit for bit (<see cref="HalvesDecoding"/> checks).</para>
/// </remarks>
internal sealed class VorbisPcmSource : ISplittablePcmSource
{
    private const int HeaderPackets = 3;

    private readonly string path;
    private readonly IDisposable owner;
    private readonly Func<Span<float>, int> decode;
    private readonly long end;
    private readonly long emitFrom;
    private VorbisBlockSizes? blockSizes;
    private List<byte[]>? headers;
    private float[]? skipped;
    private long position;

    private VorbisPcmSource(string path, IDisposable owner, Func<Span<float>, int> decode, int sampleRate, int channels, long end, long firstSample, long emitFrom)
    {
        this.path = path;
        this.owner = owner;
        this.decode = decode;
        SampleRate = sampleRate;
        Channels = channels;
        this.end = end;
        position = firstSample;
        this.emitFrom = emitFrom;
    }

    public int SampleRate { get; }

    public int Channels { get; }

    public long? DeclaredFrames => null;

    public static VorbisPcmSource Open(FileStream stream)
    {
        try
        {
            var reader = new VorbisReader(stream, closeOnDispose: true) { ClipSamples = false };
            var end = reader.TotalSamples > 0 ? reader.TotalSamples : long.MaxValue;
            return new VorbisPcmSource(stream.Name, reader, reader.ReadSamples, reader.SampleRate, reader.Channels, end, 0, 0);
        }
        catch (Exception e) when (e is InvalidDataException or ArgumentException or EndOfStreamException or InvalidOperationException)
        {
            throw AudioRejections.Unreadable($"Ogg Vorbis не читается: {e.Message}", e);
        }
    }

    public int Read(Span<float> buffer)
    {
        try
        {
            if (!SkipToEmitStart())
            {
                return 0;
            }

            var wanted = (int)Math.Min(buffer.Length / Channels, Math.Max(0, end - position)) * Channels;
            var got = wanted == 0 ? 0 : decode(buffer[..wanted]);
            got -= got % Channels;
            position += got / Channels;
            return got;
        }
        catch (Exception e) when (e is InvalidDataException or EndOfStreamException or ArgumentException or InvalidOperationException)
        {
            return 0;
        }
    }

    /// <summary>The final granule, when the headers also tell the packets' block sizes (needed to join mid-file).</summary>
    public long? FramesIfKnown() => end != long.MaxValue && BlockSizes() is not null ? end : null;

    public IPcmSource OpenFrom(long startFrame)
    {
        var sizes = BlockSizes() ?? throw new InvalidOperationException("Vorbis: block sizes unknown");
        var pages = OggPageIndex.Scan(path);
        for (var i = pages.Count - 1; i >= 1; i--)
        {
            // A page that opens with a whole packet, after one that ends a packet far enough before the start.
            var before = pages[i - 1].Granule;
            if (!pages[i].Continued && before >= 0 && before + sizes.LongBlock <= startFrame)
            {
                return Join(sizes, pages[i].Position, startFrame);
            }
        }

        throw new InvalidOperationException("Vorbis: no page to join at before the start");
    }

    public void Dispose() => owner.Dispose();

    /// <summary>A decoder fed from the page at <paramref name="pagePosition"/>: its first packet only primes the overlap,
    /// so its samples begin where that packet ends. That end is counted back from the first page granule met (the end of
    /// the last packet completed on that page), one window overlap per packet.</summary>
    private VorbisPcmSource Join(VorbisBlockSizes sizes, long pagePosition, long startFrame)
    {
        var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16) { Position = pagePosition };
        try
        {
            var reader = new OggPacketReader(stream);
            var lead = new List<OggPacket>();
            var anchored = false;
            while (!anchored && reader.Next() is { } packet)
            {
                lead.Add(packet);
                anchored = lead.Count >= 2 && lead[^2].PageGranule >= 0 && lead[^2].PageGranule != packet.PageGranule;
            }

            if (!anchored)
            {
                throw new InvalidDataException("Vorbis: no page granule after the join");
            }

            // lead[^2] is the last packet ending on its page, so it ends at that page's granule.
            var firstSample = lead[^2].PageGranule;
            for (var j = lead.Count - 2; j >= 1; j--)
            {
                var previous = sizes.Of(lead[j - 1].Data);
                var current = sizes.Of(lead[j].Data);
                if (previous == 0 || current == 0)
                {
                    throw new InvalidDataException("Vorbis: a packet of no known mode after the join");
                }

                firstSample -= VorbisBlockSizes.Overlap(previous, current);
            }

            // NVorbis hands out a priming packet's samples from where its right window overlap begins, not from its
            // centre: a long block followed by a short one overlaps only in its last short quarter, so a quarter of
            // the difference is not handed out (seen on every such join; none on the other three pairings).
            var primer = sizes.Of(lead[0].Data);
            var next = sizes.Of(lead[1].Data);
            if (primer > next)
            {
                firstSample += (primer - next) / 4;
            }

            var feed = new VorbisPacketFeed(Headers(), Packets(lead, reader).GetEnumerator());
            var decoder = new StreamDecoder(feed) { ClipSamples = false };
            var owner = new Owners(decoder, feed, stream);
            return new VorbisPcmSource(path, owner, s => decoder.Read(s, 0, s.Length), SampleRate, Channels, end, firstSample, startFrame);
        }
        catch
        {
            stream.Dispose();
            throw;
        }
    }

    private static IEnumerable<byte[]> Packets(List<OggPacket> lead, OggPacketReader reader)
    {
        foreach (var packet in lead)
        {
            yield return packet.Data;
        }

        while (reader.Next() is { } packet)
        {
            yield return packet.Data;
        }
    }

    /// <summary>Decodes and drops what lies before <see cref="emitFrom"/>; false when the stream ends first.</summary>
    private bool SkipToEmitStart()
    {
        while (position < emitFrom)
        {
            skipped ??= new float[4096 * Channels];
            var frames = (int)Math.Min(skipped.Length / Channels, emitFrom - position);
            var got = decode(skipped.AsSpan(0, frames * Channels)) / Channels;
            if (got <= 0)
            {
                return false;
            }

            position += got;
        }

        return true;
    }

    private VorbisBlockSizes? BlockSizes()
    {
        if (headers is null)
        {
            headers = Headers();
            blockSizes = headers.Count == HeaderPackets ? VorbisBlockSizes.TryRead(headers[0], headers[2]) : null;
        }

        return blockSizes;
    }

    private List<byte[]> Headers()
    {
        if (headers is not null)
        {
            return headers;
        }

        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 12);
        var reader = new OggPacketReader(stream);
        var found = new List<byte[]>(HeaderPackets);
        while (found.Count < HeaderPackets && reader.Next() is { } packet)
        {
            found.Add(packet.Data);
        }

        return found;
    }

    private sealed class Owners(params IDisposable[] parts) : IDisposable
    {
        public void Dispose()
        {
            foreach (var part in parts)
            {
                part.Dispose();
            }
        }
    }
}
