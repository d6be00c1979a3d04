using QualityAnalytics.Models.Calls;
using QualityAnalytics.Pipeline.Audio.Decoding;
using QualityAnalytics.Pipeline.Tests.Audio.Fixtures;

namespace QualityAnalytics.Pipeline.Tests.Audio;

[TestClass]
public sealed class RecordingDecoderTests
{
    public TestContext TestContext { get; set; } = null!;

    [TestMethod]
    [DataRow("pcm16-8k.wav")]
    [DataRow("pcm16-16k.wav")]
    [DataRow("pcm16-44k.wav")]
    [DataRow("pcm16-48k.wav")]
    [DataRow("pcm8-11k.wav")]
    [DataRow("pcm24-22k.wav")]
    [DataRow("pcm32-32k.wav")]
    [DataRow("float32-24k.wav")]
    [DataRow("mulaw-8k.wav")]
    [DataRow("alaw-8k.wav")]
    [DataRow("mp3-8k.mp3")]
    [DataRow("mp3-44k.mp3")]
    [DataRow("vorbis-16k.ogg")]
    [DataRow("vorbis-8k.ogg")]
    [DataRow("opus-48k.opus")]
    [DataRow("flac-8k.flac")]
    [DataRow("mp3-named.wav")]
    public void Decode_GivesTrueDurationAndSpeakerChannels_WhenFormatIsSupported(string format)
    {
        var call = SyntheticCall.Get();
        var path = Formats.Path(call, format);

        using var decoded = new RecordingDecoder(new FfmpegTools(), 16000L * 600).Decode(path, TestContext.CancellationToken);

        Assert.AreEqual(call.DurationS, decoded.DurationS, 0.010, "duration");
        Assert.HasCount(2, decoded.Channels);
        Assert.AreEqual((long)Math.Round(decoded.DurationS * 16000), decoded.Channels[0].Length, 1, "16 kHz length");
        Assert.AreEqual(0, LagSamples(decoded.Channels[0], call), 2, "no time shift against the source (2 samples = 0.125 ms)");
        foreach (var utterance in call.Timeline)
        {
            var own = utterance.Speaker == Speaker.Operator ? 0 : 1;
            var ownRms = Rms(decoded.Channels[own], utterance.Start, utterance.End);
            var otherRms = Rms(decoded.Channels[1 - own], utterance.Start, utterance.End);

            // Overtalk windows hold both voices; elsewhere the other side is silent.
            Assert.IsGreaterThan(0.02, ownRms, $"{utterance.Text}: voice on its own channel");
            if (!call.Timeline.Any(u => u.Speaker != utterance.Speaker && u.Start < utterance.End && u.End > utterance.Start))
            {
                Assert.IsLessThan(ownRms / 10, otherRms, $"{utterance.Text}: other channel quiet");
            }
        }
    }

    [TestMethod]
    [DataRow("LAME")]
    [DataRow("Lavc")]
    public void Decode_TrimsEncoderDelayOnce_WhenMp3InfoTagNamesEncoder(string encoder)
    {
        // ffmpeg writes "Lavc" in the LAME extension of the Info frame, the lame tool "LAME"; NLayer's own gapless
        // logic reacts to "LAME" only, so before frames were fed to its decoder directly the delay was trimmed twice.
        var call = SyntheticCall.Get();
        var bytes = File.ReadAllBytes(Formats.Path(call, "mp3-8k.mp3"));
        var tag = bytes.AsSpan(0, 4096).IndexOf("Lavc"u8);
        Assert.IsGreaterThan(0, tag, "ffmpeg's encoder string in the Info frame");
        System.Text.Encoding.ASCII.GetBytes(encoder).CopyTo(bytes, tag);
        var path = Path.Combine(call.Folder, $"mp3-8k-{encoder}.mp3");
        File.WriteAllBytes(path, bytes);

        using var decoded = new RecordingDecoder(new FfmpegTools(), 16000L * 600).Decode(path, TestContext.CancellationToken);

        Assert.AreEqual(call.DurationS, decoded.DurationS, 0.010, "duration");
        Assert.AreEqual(0, LagSamples(decoded.Channels[0], call), 2, "no time shift against the source");
    }

    [TestMethod]
    public void Decode_KeepsDurationAndTiming_WhenMp3HasGarbageBetweenFrames()
    {
        // Sync-like bytes (0xFF 0xFB …) that are not a frame, as a damaged upload or a stray tag leaves them, are
        // skipped; the frames around them keep their places.
        var call = SyntheticCall.Get();
        var bytes = File.ReadAllBytes(Formats.Path(call, "mp3-8k.mp3"));
        var junk = Enumerable.Range(0, 300).Select(i => (byte)(i % 3 == 0 ? 0xFF : i % 3 == 1 ? 0xFB : 0x90)).ToArray();
        var cut = bytes.Length / 2;
        while (!(bytes[cut] == 0xFF && (bytes[cut + 1] & 0xE0) == 0xE0))
        {
            cut++;
        }

        var path = Path.Combine(call.Folder, "mp3-8k-junk.mp3");
        File.WriteAllBytes(path, [.. bytes[..cut], .. junk, .. bytes[cut..]]);

        using var decoded = new RecordingDecoder(new FfmpegTools(), 16000L * 600).Decode(path, TestContext.CancellationToken);

        Assert.AreEqual(call.DurationS, decoded.DurationS, 0.010, "duration");
        Assert.AreEqual(0, LagSamples(decoded.Channels[0], call), 2, "no time shift against the source");
    }

    [TestMethod]
    public void Decode_UsesFfmpeg_WhenWavCodecHasNoManagedDecoder()
    {
        var call = SyntheticCall.Get();
        var path = Formats.Path(call, "adpcm-8k.wav");

        using var decoded = new RecordingDecoder(new FfmpegTools(), 16000L * 600).Decode(path, TestContext.CancellationToken);

        // IMA ADPCM stores whole blocks of 505 samples: the encoder pads the tail up to one block (63 ms at 8 kHz).
        Assert.AreEqual(call.DurationS + 0.063, decoded.DurationS, 0.07);
        Assert.AreEqual(0, LagSamples(decoded.Channels[0], call), 2);
    }

    [TestMethod]
    public void Decode_RejectsWithFfmpegMissing_WhenFlacAndNoFfmpeg()
    {
        var call = SyntheticCall.Get();
        var path = Formats.Path(call, "flac-8k.flac");

        var e = Assert.ThrowsExactly<QualityAnalytics.Pipeline.Ingest.InputRejectedException>(
            () => new RecordingDecoder(new FfmpegTools("/nonexistent/ffmpeg", "/nonexistent/ffprobe"), 16000L * 600).Decode(path, TestContext.CancellationToken));

        Assert.AreEqual(AudioRejections.FfmpegMissingCode, e.ReasonCode);
    }

    [TestMethod]
    public void Decode_SpillsToDiskAndKeepsSameSamples_WhenMemoryLimitIsSmall()
    {
        var call = SyntheticCall.Get();
        var path = Formats.Path(call, "mulaw-8k.wav");

        using var inMemory = new RecordingDecoder(new FfmpegTools(), long.MaxValue).Decode(path, TestContext.CancellationToken);
        using var spilled = new RecordingDecoder(new FfmpegTools(), 16000).Decode(path, TestContext.CancellationToken);

        Assert.IsTrue(spilled.Channels[0].IsSpilled);
        Assert.IsFalse(inMemory.Channels[0].IsSpilled);
        var a = new float[inMemory.Channels[0].Length];
        var b = new float[a.Length];
        inMemory.Channels[0].Read(0, a);
        spilled.Channels[0].Read(0, b);
        for (var i = 0; i < a.Length; i++)
        {
            Assert.AreEqual(a[i], b[i], 1.0 / 16000, $"sample {i}");
        }
    }

    /// <summary>The shift (in 16 kHz samples) that best aligns the decoded operator channel with the master.</summary>
    private static int LagSamples(SampleSpool decoded, SyntheticCall call)
    {
        using var master = new RecordingDecoder(new FfmpegTools(), long.MaxValue).Decode(call.MasterPath, CancellationToken.None);
        var first = call.Timeline[0];
        var from = (long)(first.Start * 16000);
        var reference = new float[16000];
        master.Channels[0].Read(from, reference);
        var best = 0;
        var bestScore = double.MinValue;
        var window = new float[reference.Length + 800];
        decoded.Read(from - 400, window);
        for (var lag = -400; lag <= 400; lag++)
        {
            var score = 0.0;
            for (var i = 0; i < reference.Length; i++)
            {
                score += reference[i] * window[i + 400 + lag];
            }

            if (score > bestScore)
            {
                bestScore = score;
                best = lag;
            }
        }

        return best;
    }

    internal static double Rms(SampleSpool channel, double start, double end)
    {
        var from = (long)(start * 16000);
        var samples = new float[(int)((end - start) * 16000)];
        var n = channel.Read(from, samples);
        return Math.Sqrt(samples.Take(n).Sum(s => (double)s * s) / Math.Max(1, n));
    }
}
