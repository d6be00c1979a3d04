using QualityAnalytics.Pipeline.Audio.Decoding;
using QualityAnalytics.Pipeline.Tests.Audio.Fixtures;

namespace QualityAnalytics.Pipeline.Tests.Audio;

/// <summary>Decoding a recording as two halves on two cores gives exactly what one pass gives.</summary>
[TestClass]
public sealed class HalvesDecodingTests
{
    [TestMethod]
    [DataRow("mp3-8k.mp3")]
    [DataRow("mp3-44k.mp3")]
    [DataRow("mp3-named.wav")]
    public void Run_GivesTheSamplesOfOnePass_WhenRecordingIsSplit(string format)
    {
        var path = Formats.Path(SyntheticCall.Get(), format);

        var onePass = OnePass(path);
        var halves = Halves(path);

        Assert.HasCount(onePass.Length, halves);
        for (var c = 0; c < onePass.Length; c++)
        {
            Assert.HasCount(onePass[c].Length, halves[c], $"channel {c} length");
            var differing = Enumerable.Range(0, onePass[c].Length).Count(i => onePass[c][i] != halves[c][i]);
            Assert.AreEqual(0, differing, $"channel {c}: samples that differ from one pass");
        }
    }

    private static float[][] OnePass(string path)
    {
        using var source = PcmSourceOpener.Open(path, new FfmpegTools());
        var spools = NewSpools(source.Channels);
        var sink = new ResamplingSink(source.SampleRate, spools);
        var buffer = new float[5000 * source.Channels];
        int samples;
        while ((samples = source.Read(buffer)) > 0)
        {
            sink.Write(buffer.AsSpan(0, samples));
        }

        sink.Finish();
        return ReadAll(spools);
    }

    private static float[][] Halves(string path)
    {
        using var source = PcmSourceOpener.Open(path, new FfmpegTools());
        var splittable = (ISplittablePcmSource)source;
        var spools = NewSpools(source.Channels);
        var frames = splittable.FramesIfKnown() ?? throw new AssertFailedException("length not known");

        var decoded = HalvesDecoding.Run(splittable, frames, spools, long.MaxValue, CancellationToken.None);

        Assert.AreEqual(frames, decoded, "frames decoded");
        return ReadAll(spools);
    }

    private static SampleSpool[] NewSpools(int channels) => [.. Enumerable.Range(0, channels).Select(_ => new SampleSpool(long.MaxValue))];

    private static float[][] ReadAll(SampleSpool[] spools) => [.. spools.Select(spool =>
    {
        var samples = new float[spool.Length];
        spool.Read(0, samples);
        spool.Dispose();
        return samples;
    })];
}
