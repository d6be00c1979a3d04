using QualityAnalytics.Models.Calls;
using QualityAnalytics.Pipeline.Audio.Decoding;
using QualityAnalytics.Pipeline.Ingest;
using QualityAnalytics.Pipeline.Tests.Audio.Fixtures;

namespace QualityAnalytics.Pipeline.Tests.Audio;

/// <summary>The bad-audio set: each recording is quarantined with a reason or processed with a note.</summary>
[TestClass]
public sealed class BadAudioTests
{
    public TestContext TestContext { get; set; } = null!;

    [TestMethod]
    [DataRow("zero-length", AudioRejections.EmptyCode)]
    [DataRow("no-channels", AudioRejections.BadChannelsCode)]
    [DataRow("six-channels", AudioRejections.BadChannelsCode)]
    [DataRow("rate-1hz", AudioRejections.BadSampleRateCode)]
    [DataRow("rate-4ghz", AudioRejections.BadSampleRateCode)]
    [DataRow("unknown-codec", AudioRejections.UnsupportedCodecCode)]
    [DataRow("random-bytes", AudioRejections.UnreadableCode)]
    [DataRow("text-file", AudioRejections.UnreadableCode)]
    [DataRow("png-as-wav", AudioRejections.UnreadableCode)]
    [DataRow("header-only", AudioRejections.EmptyCode)]
    [DataRow("riff-without-fmt", AudioRejections.UnreadableCode)]
    [DataRow("missing-file", AudioRejections.MissingCode)]
    public async Task AnalyzeAsync_RejectsWithReason_WhenRecordingIsUnusable(string name, string expectedCode)
    {
        var path = Make(name);
        using var analyzer = Analyzers.Create();

        var e = await Assert.ThrowsExactlyAsync<InputRejectedException>(
            () => analyzer.AnalyzeAsync(Analyzers.Call(), path, TestContext.CancellationToken));

        Assert.AreEqual(expectedCode, e.ReasonCode, e.Message);
        Assert.IsFalse(string.IsNullOrWhiteSpace(e.Message));
    }

    [TestMethod]
    public async Task AnalyzeAsync_RejectsUnknownCodecWithoutFfmpeg_WhenFfmpegMissing()
    {
        var path = Make("unknown-codec");
        using var analyzer = Analyzers.Create(o => { o.FfmpegPath = "/nonexistent/ffmpeg"; o.FfprobePath = "/nonexistent/ffprobe"; });

        var e = await Assert.ThrowsExactlyAsync<InputRejectedException>(
            () => analyzer.AnalyzeAsync(Analyzers.Call(), path, TestContext.CancellationToken));

        Assert.AreEqual(AudioRejections.UnsupportedCodecCode, e.ReasonCode);
    }

    [TestMethod]
    public async Task AnalyzeAsync_ProcessesAvailablePartWithNote_WhenFileIsTruncated()
    {
        var call = SyntheticCall.Get();
        var whole = await File.ReadAllBytesAsync(Formats.Path(call, "mulaw-8k.wav"), TestContext.CancellationToken);
        var path = Path.Combine(call.Folder, "truncated.wav");
        await File.WriteAllBytesAsync(path, whole[..(whole.Length / 2 + 1)], TestContext.CancellationToken);
        using var analyzer = Analyzers.Create();

        var audio = await analyzer.AnalyzeAsync(Analyzers.Call(), path, TestContext.CancellationToken);

        Assert.AreEqual(call.DurationS / 2, audio.DurationS, 0.01);
        Assert.Contains(n => n.Contains("запись обрезана", StringComparison.Ordinal), audio.Notes, string.Join("; ", audio.Notes));
        Assert.IsNotEmpty(audio.Speech);
    }

    [TestMethod]
    public async Task AnalyzeAsync_ReadsToEndOfFile_WhenHeaderClaimsMoreThanThereIs()
    {
        // A recorder that crashed before patching the header, or a header lying outright about its size.
        var path = Path.Combine(TempFolder(), "lying-header.wav");
        var data = new byte[8000 * 2 * 3];
        await File.WriteAllBytesAsync(path, WavBytes.Build(1, 1, 8000, 16, 2, 100_000_000, data), TestContext.CancellationToken);
        using var analyzer = Analyzers.Create();

        var audio = await analyzer.AnalyzeAsync(Analyzers.Call(), path, TestContext.CancellationToken);

        Assert.AreEqual(3.0, audio.DurationS, 0.001);
        Assert.Contains(n => n.Contains("запись обрезана", StringComparison.Ordinal), audio.Notes);
    }

    [TestMethod]
    public async Task AnalyzeAsync_ProcessesWithNoSpeechNote_WhenHourOfSilence()
    {
        var path = Path.Combine(TempFolder(), "hour-silence.wav");
        if (!File.Exists(path))
        {
            Tool.RequireGenerators();

            // Comfort-noise level hiss, as a silent telephone line really sounds.
            Tool.Run("sox", "-n", "-r", "8000", "-c", "2", "-e", "u-law", path, "synth", "3600", "whitenoise", "vol", "0.002");
        }

        using var analyzer = Analyzers.Create();

        var audio = await analyzer.AnalyzeAsync(Analyzers.Call(), path, TestContext.CancellationToken);

        Assert.AreEqual(3600.0, audio.DurationS, 0.001);
        Assert.IsEmpty(audio.Speech);
        Assert.Contains(n => n.StartsWith("речь в записи не обнаружена", StringComparison.Ordinal), audio.Notes);
    }

    [TestMethod]
    public async Task AnalyzeAsync_OtherCallsUnaffected_WhenBatchMixesGoodAndBadRecordings()
    {
        var call = SyntheticCall.Get();
        using var analyzer = Analyzers.Create();
        var good = Formats.Path(call, "mulaw-8k.wav");
        var paths = new[] { good, Make("random-bytes"), good, Make("zero-length"), Make("six-channels"), good };

        var results = await Task.WhenAll(paths.Select(async p =>
        {
            try
            {
                return (Audio: await analyzer.AnalyzeAsync(Analyzers.Call(), p, TestContext.CancellationToken), Code: (string?)null);
            }
            catch (InputRejectedException e)
            {
                return (Audio: (CallAudio?)null, Code: e.ReasonCode);
            }
        }));

        Assert.HasCount(3, results.Where(r => r.Audio is not null));
        foreach (var (audio, _) in results.Where(r => r.Audio is not null))
        {
            CallAudioAnalyzerTests.AssertMatchesTimeline(call, audio!.Speech);
        }

        Assert.AreSequenceEqual(
            new[] { AudioRejections.UnreadableCode, AudioRejections.EmptyCode, AudioRejections.BadChannelsCode },
            results.Where(r => r.Code is not null).Select(r => r.Code).ToArray());
    }

    private static string TempFolder()
    {
        var folder = Path.Combine(Path.GetTempPath(), "qa-audio-bad");
        Directory.CreateDirectory(folder);
        return folder;
    }

    private static string Make(string name)
    {
        var path = Path.Combine(TempFolder(), name + (name == "png-as-wav" ? ".wav" : ".bin"));
        if (File.Exists(path) || name == "missing-file")
        {
            return path;
        }

        switch (name)
        {
            case "zero-length":
                File.WriteAllBytes(path, []);
                break;
            case "no-channels":
                File.WriteAllBytes(path, WavBytes.Build(1, 0, 8000, 16, 0, 16000, WavBytes.Noise(16000)));
                break;
            case "six-channels":
                Tool.RequireGenerators();
                Tool.Run("sox", "-n", "-r", "8000", "-c", "6", "-b", "16", "-t", "wav", path, "synth", "1", "sine", "440");
                break;
            case "rate-1hz":
                File.WriteAllBytes(path, WavBytes.Build(1, 1, 1, 16, 2, 16000, WavBytes.Noise(16000)));
                break;
            case "rate-4ghz":
                File.WriteAllBytes(path, WavBytes.Build(1, 1, 4_000_000_000, 16, 2, 16000, WavBytes.Noise(16000)));
                break;
            case "unknown-codec":
                File.WriteAllBytes(path, WavBytes.Build(0x7777, 1, 8000, 8, 1, 16000, WavBytes.Noise(16000)));
                break;
            case "random-bytes":
                var random = new byte[100_000];
                new Random(1).NextBytes(random);
                File.WriteAllBytes(path, random);
                break;
            case "text-file":
                File.WriteAllText(path, "call_id,started_at\nc-001,2026-11-20T10:00:00+03:00\n");
                break;
            case "png-as-wav":
                File.WriteAllBytes(path, [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, .. new byte[2000]]);
                break;
            case "header-only":
                File.WriteAllBytes(path, WavBytes.Build(1, 1, 8000, 16, 2, 0, []));
                break;
            case "riff-without-fmt":
                File.WriteAllBytes(path, [.. "RIFF"u8, 100, 0, 0, 0, .. "WAVE"u8, .. "junk"u8, 4, 0, 0, 0, 1, 2, 3, 4]);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(name));
        }

        return path;
    }
}
