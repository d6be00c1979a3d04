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
    [DataRow("opus-48k.opus")]
    [DataRow("vorbis-16k.ogg")]
    [DataRow("vorbis-8k.ogg")]
    [DataRow("pcm16-44k.wav")]
    [DataRow("pcm8-11k.wav")]
    [DataRow("pcm24-22k.wav")]
    [DataRow("float32-24k.wav")]
    [DataRow("mulaw-8k.wav")]
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

    [TestMethod]
    public void Run_GivesTheSamplesOfOnePass_WhenWavIsCutShortOfItsHeader()
    {
        // A truncated upload: the header promises more than the file holds, and the last frame is cut in the middle.
        var whole = File.ReadAllBytes(Formats.Path(SyntheticCall.Get(), "pcm16-44k.wav"));
        var path = Path.Combine(Path.GetTempPath(), $"qa-cut-{Guid.NewGuid():N}.wav");
        File.WriteAllBytes(path, whole[..((whole.Length * 7 / 10) + 3)]);
        try
        {
            using (var source = (ISplittablePcmSource)PcmSourceOpener.Open(path, new FfmpegTools()))
            {
                Assert.AreEqual((whole.Length * 7 / 10 + 3 - 44) / 4, source.FramesIfKnown(), "frames the file holds (44-byte header, 4-byte frames)");
            }

            var onePass = OnePass(path);
            var halves = Halves(path);

            Assert.IsTrue(onePass[0].AsSpan().SequenceEqual(halves[0]) && onePass[1].AsSpan().SequenceEqual(halves[1]), "equal to one pass");
        }
        finally
        {
            File.Delete(path);
        }
    }

    [TestMethod]
    [DataRow(0, true)]
    [DataRow(128, false)]
    [DataRow(-1, false)]
    public void Run_AcceptsHalvesOnlyWhenTheyLineUp_WhenJoiningDecoderIsOffBy(int offset, bool accepted)
    {
        var source = new Generated(8000, 200_000, joinOffset: offset, silent: false);
        var spools = NewSpools(2);

        var decoded = HalvesDecoding.Run(source, 200_000, spools, long.MaxValue, CancellationToken.None);

        Assert.AreEqual(accepted ? 200_000 : null, decoded);
        if (accepted)
        {
            var expected = OnePass(new Generated(8000, 200_000, joinOffset: 0, silent: false));
            var actual = ReadAll(spools);
            Assert.IsTrue(expected[0].AsSpan().SequenceEqual(actual[0]) && expected[1].AsSpan().SequenceEqual(actual[1]), "equal to one pass");
        }
    }

    [TestMethod]
    public void Run_RejectsHalves_WhenCheckWindowIsDigitalSilence()
    {
        // In silence an offset join would look the same as an exact one: nothing to verify, so no split.
        var decoded = HalvesDecoding.Run(new Generated(8000, 200_000, joinOffset: 64, silent: true), 200_000, NewSpools(2), long.MaxValue, CancellationToken.None);

        Assert.IsNull(decoded);
    }

    private static float[][] OnePass(string path)
    {
        using var source = PcmSourceOpener.Open(path, new FfmpegTools());
        return OnePass(source);
    }

    private static float[][] OnePass(IPcmSource source)
    {
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

        Assert.AreEqual(frames, decoded, "frames decoded (null: the halves did not line up)");
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

    /// <summary>A stereo signal computed from the frame index; a decoder "joining" at frame s yields frames from
    /// s + joinOffset (a seek that lands off), or everything silent around the split.</summary>
    private sealed class Generated(int rate, long frames, int joinOffset, bool silent, long start = 0) : ISplittablePcmSource
    {
        private long next = start;

        public int SampleRate => rate;

        public int Channels => 2;

        public long? DeclaredFrames => frames;

        public long? FramesIfKnown() => frames;

        public IPcmSource OpenFrom(long startFrame) => new Generated(rate, frames, joinOffset, silent, startFrame + joinOffset) { shift = joinOffset };

        private int shift;

        public int Read(Span<float> buffer)
        {
            var n = (int)Math.Min(buffer.Length / 2, frames + shift - next);
            for (var i = 0; i < n; i++, next++)
            {
                var quiet = silent && next > frames / 4 && next < frames * 3 / 4;
                buffer[2 * i] = quiet ? 0 : (float)Math.Sin(next * 0.01) * 0.5f;
                buffer[(2 * i) + 1] = quiet ? 0 : (float)Math.Cos(next * 0.0123) * 0.25f;
            }

            return Math.Max(0, n) * 2;
        }

        public void Dispose()
        {
        }
    }
}
