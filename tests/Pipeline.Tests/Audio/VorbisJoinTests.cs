using QualityAnalytics.Pipeline.Audio.Decoding;
using QualityAnalytics.Pipeline.Tests.Audio.Fixtures;

namespace QualityAnalytics.Pipeline.Tests.Audio;

/// <summary>A Vorbis decoder joining mid-file yields exactly the samples one pass yields there, whichever page it
/// joins at (NVorbis's own seek lands half a short block late after about one page in ten).</summary>
[TestClass]
public sealed class VorbisJoinTests
{
    private const int Compared = 2048;

    [TestMethod]
    [DataRow("vorbis-16k-short-pages.ogg")]
    [DataRow("vorbis-16k.ogg")]
    [DataRow("vorbis-8k.ogg")]
    public void OpenFrom_YieldsTheSamplesOfOnePass_WhenJoiningAtEveryPage(string format)
    {
        var path = Formats.Path(SyntheticCall.Get(), format);
        using var source = PcmSourceOpener.Open(path, new FfmpegTools());
        var splittable = (ISplittablePcmSource)source;
        var total = splittable.FramesIfKnown() ?? throw new AssertFailedException("length not known");
        var onePass = ReadAll(source);
        var sizes = BlockSizes(path);
        var pages = OggPageIndex.Scan(path);
        var joins = 0;
        var longThenShort = 0;
        var mismatched = new List<long>();

        // Joining at frame g + long block picks the page after the one that ends at granule g. The last pages are left
        // out: a joined decoder counts from a page granule with a packet after it, and the final one is trimmed.
        for (var i = 3; i < pages.Count - 2; i++)
        {
            var start = pages[i - 1].Granule + sizes.LongBlock;
            if (pages[i].Continued || pages[i - 1].Granule <= 0 || pages[i].Granule <= pages[i - 1].Granule || start + Compared > total)
            {
                continue;
            }

            using var joined = splittable.OpenFrom(start);
            var samples = ReadUpTo(joined, Compared * source.Channels);
            joins++;
            var (primer, next) = FirstTwoBlocks(path, pages[i].Position, sizes);
            longThenShort += primer > next ? 1 : 0;
            if (!samples.AsSpan().SequenceEqual(onePass.AsSpan((int)start * source.Channels, samples.Length)))
            {
                mismatched.Add(start);
            }
        }

        Assert.IsGreaterThan(10, joins, "pages joined at");
        Assert.IsEmpty(mismatched, $"join points (frame) whose samples differ from one pass, of {joins}: {string.Join(", ", mismatched)}");
        if (format.Contains("short-pages", StringComparison.Ordinal))
        {
            Assert.IsGreaterThan(0, longThenShort, "joins whose first packet is a long block followed by a short one (NVorbis primes those differently)");
        }
    }

    [TestMethod]
    public void BlockSizes_AddUpToTheFinalGranule_WhenReadFromRealHeaders()
    {
        // Each packet after the first adds the overlap of its window with the one before; the last page's granule
        // cuts the final packet short, so the sum may run past it by less than a block.
        var path = Formats.Path(SyntheticCall.Get(), "vorbis-16k.ogg");
        var sizes = BlockSizes(path);
        using var stream = File.OpenRead(path);
        var reader = new OggPacketReader(stream);
        for (var header = 0; header < 3; header++)
        {
            _ = reader.Next();
        }

        long sum = 0;
        var previous = 0;
        long finalGranule = 0;
        while (reader.Next() is { } packet)
        {
            var size = sizes.Of(packet.Data);
            Assert.IsGreaterThan(0, size, "every audio packet has a known mode");
            sum += previous == 0 ? 0 : VorbisBlockSizes.Overlap(previous, size);
            previous = size;
            finalGranule = packet.PageGranule;
        }

        Assert.IsGreaterThanOrEqualTo(finalGranule, sum);
        Assert.IsLessThan(sizes.LongBlock, sum - finalGranule);
    }

    private static VorbisBlockSizes BlockSizes(string path)
    {
        using var stream = File.OpenRead(path);
        var reader = new OggPacketReader(stream);
        var identification = reader.Next()!.Data;
        _ = reader.Next();
        return VorbisBlockSizes.TryRead(identification, reader.Next()!.Data) ?? throw new AssertFailedException("headers not read");
    }

    private static (int Primer, int Next) FirstTwoBlocks(string path, long pagePosition, VorbisBlockSizes sizes)
    {
        using var stream = File.OpenRead(path);
        stream.Position = pagePosition;
        var reader = new OggPacketReader(stream);
        return (sizes.Of(reader.Next()!.Data), sizes.Of(reader.Next()!.Data));
    }

    private static float[] ReadAll(IPcmSource source)
    {
        var all = new List<float>();
        var buffer = new float[4096 * source.Channels];
        int n;
        while ((n = source.Read(buffer)) > 0)
        {
            all.AddRange(buffer.AsSpan(0, n));
        }

        return [.. all];
    }

    private static float[] ReadUpTo(IPcmSource source, int samples)
    {
        var buffer = new float[samples];
        var got = 0;
        int n;
        while (got < samples && (n = source.Read(buffer.AsSpan(got))) > 0)
        {
            got += n;
        }

        return buffer[..got];
    }
}
