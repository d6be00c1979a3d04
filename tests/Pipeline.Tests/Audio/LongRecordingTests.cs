using QualityAnalytics.Models.Calls;
using QualityAnalytics.Pipeline.Audio;
using QualityAnalytics.Pipeline.Audio.Decoding;
using QualityAnalytics.Pipeline.Tests.Audio.Fixtures;

namespace QualityAnalytics.Pipeline.Tests.Audio;

/// <summary>Long recordings are streamed: memory stays bounded and windowed VAD loses nothing at window edges.</summary>
[TestClass]
public sealed class LongRecordingTests
{
    public TestContext TestContext { get; set; } = null!;

    [TestMethod]
    public void Decode_KeepsAllocationsBounded_WhenRecordingIsThreeHours()
    {
        Tool.RequireGenerators();
        var path = Path.Combine(Path.GetTempPath(), "qa-audio-bad", "three-hours.wav");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        if (!File.Exists(path))
        {
            Tool.Run("sox", "-n", "-r", "8000", "-c", "1", "-e", "u-law", path, "synth", "10800", "whitenoise", "vol", "0.01");
        }

        var decoder = new RecordingDecoder(new FfmpegTools(), new AudioOptions().MemorySamplesPerChannel);
        var before = GC.GetAllocatedBytesForCurrentThread();

        using var decoded = decoder.Decode(path, TestContext.CancellationToken);

        // Decoding runs on this thread, so this counts every managed byte it ever allocated: an upper bound on its
        // peak. The whole channel at 16 kHz float would be 691 MB; the spool keeps 10 minutes (38 MB), then disk.
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.AreEqual(10800.0, decoded.DurationS, 0.001);
        Assert.AreEqual(10800L * 16000, decoded.Channels[0].Length);
        Assert.IsTrue(decoded.Channels[0].IsSpilled);
        Assert.IsLessThan(80L * 1024 * 1024, allocated, $"allocated {allocated / 1048576} MB");
    }

    [TestMethod]
    public async Task AnalyzeAsync_FindsSpeechAcrossVadWindowEdge_WhenPhraseStraddlesOneMinute()
    {
        var call = SyntheticCall.Get();

        // Shift the call so the first operator phrase (0.6–4.3 s) sits across the 60 s VAD window boundary.
        const double shift = 57.5;
        var path = call.As("shifted.wav", (i, o) => [i, "-r", "8000", "-e", "u-law", "-b", "8", o, "pad", "57.5"]);
        using var analyzer = Analyzers.Create();

        var audio = await analyzer.AnalyzeAsync(Analyzers.Call(), path, TestContext.CancellationToken);

        var first = call.Timeline[0];
        var found = audio.Speech.Where(s => s.Speaker == Speaker.Operator && s.End > first.Start + shift && s.Start < first.End + shift).ToList();
        Assert.IsNotEmpty(found);
        Assert.AreEqual(first.Start + shift, found.Min(s => s.Start), 0.3);
        Assert.AreEqual(first.End + shift, found.Max(s => s.End), 0.3);

        // No gap at the window boundary: the phrase's speech covers 60.0 s.
        Assert.Contains(s => s.Start < 59.9 && s.End > 60.1, found, string.Join(", ", found.Select(s => $"{s.Start}-{s.End}")));
    }
}
