using QualityAnalytics.Models.Calls;
using QualityAnalytics.Pipeline.Tests.Audio.Fixtures;

namespace QualityAnalytics.Pipeline.Tests.Audio;

[TestClass]
public sealed class CallAudioAnalyzerTests
{
    private const double Tolerance = 0.3;

    public TestContext TestContext { get; set; } = null!;

    [TestMethod]
    [DataRow("mulaw-8k.wav")]
    [DataRow("alaw-8k.wav")]
    [DataRow("pcm16-44k.wav")]
    [DataRow("mp3-8k.mp3")]
    [DataRow("opus-48k.opus")]
    [DataRow("vorbis-16k.ogg")]
    [DataRow("flac-8k.flac")]
    public async Task AnalyzeAsync_FindsKnownSpeechPerSpeaker_WhenStereoOperatorLeft(string format)
    {
        var call = SyntheticCall.Get();
        using var analyzer = Analyzers.Create();

        var audio = await analyzer.AnalyzeAsync(Analyzers.Call(), Formats.Path(call, format), TestContext.CancellationToken);

        Assert.AreEqual(call.DurationS, audio.DurationS, 0.010);
        Assert.AreEqual(TranscriptSource.None, audio.Source);
        Assert.AreEqual(1.0, audio.RoleConfidence);
        AssertMatchesTimeline(call, audio.Speech);
    }

    [TestMethod]
    public async Task AnalyzeAsync_SwapsRoles_WhenLayoutSaysOperatorRight()
    {
        var call = SyntheticCall.Get();
        using var analyzer = Analyzers.Create();

        var audio = await analyzer.AnalyzeAsync(Analyzers.Call(ChannelLayout.StereoOperatorRight), Formats.Path(call, "mulaw-8k.wav"), TestContext.CancellationToken);

        var swapped = audio.Speech.Select(s => s with { Speaker = s.Speaker == Speaker.Operator ? Speaker.Customer : Speaker.Operator }).ToList();
        AssertMatchesTimeline(call, swapped);
    }

    [TestMethod]
    public async Task AnalyzeAsync_SaysTranscriptionSkipped_WhenNoWhisperModel()
    {
        var call = SyntheticCall.Get();
        using var analyzer = Analyzers.Create();

        var audio = await analyzer.AnalyzeAsync(Analyzers.Call(), Formats.Path(call, "mulaw-8k.wav"), TestContext.CancellationToken);

        Assert.Contains("транскрибация пропущена: модель Whisper не задана (QA_WHISPER_MODEL)", audio.Notes);
        Assert.IsEmpty(audio.Speech.Where(s => s.Text.Length > 0));
    }

    [TestMethod]
    public async Task AnalyzeAsync_InfersRolesWithLowConfidence_WhenMonoWithoutText()
    {
        var call = SyntheticCall.Get();
        var mono = call.As("mono-8k.wav", (i, o) => [i, "-r", "8000", "-c", "1", "-e", "u-law", o, "remix", "1,2"]);
        using var analyzer = Analyzers.Create();

        var audio = await analyzer.AnalyzeAsync(Analyzers.Call(ChannelLayout.Mono), mono, TestContext.CancellationToken);

        Assert.IsLessThan(0.5, audio.RoleConfidence);
        Assert.Contains(n => n.StartsWith("моно-запись: роли не удалось определить надёжно", StringComparison.Ordinal), audio.Notes, string.Join("; ", audio.Notes));

        // The operator greets first; the union of all speech still matches the known timeline.
        Assert.AreEqual(Speaker.Operator, audio.Speech[0].Speaker);
        Assert.AreEqual(call.Timeline[0].Start, audio.Speech[0].Start, Tolerance);
        AssertCovers(Union(call.Timeline), audio.Speech.Select(s => s with { Speaker = Speaker.Operator }).ToList());
    }

    [TestMethod]
    public async Task AnalyzeAsync_MixesChannels_WhenStereoFileDeclaredMono()
    {
        var call = SyntheticCall.Get();
        using var analyzer = Analyzers.Create();

        var audio = await analyzer.AnalyzeAsync(Analyzers.Call(ChannelLayout.Mono), Formats.Path(call, "mulaw-8k.wav"), TestContext.CancellationToken);

        Assert.IsLessThan(1.0, audio.RoleConfidence);
        AssertCovers(Union(call.Timeline), audio.Speech.Select(s => s with { Speaker = Speaker.Operator }).ToList());
    }

    [TestMethod]
    public async Task AnalyzeAsync_RunsWhisperAndKeepsVadTimings_WhenFakeModelYieldsNoText()
    {
        var model = Analyzers.FindFakeWhisperModel();
        if (model is null)
        {
            Assert.Inconclusive("the fake Whisper model (shared/models/for-tests-ggml-tiny.bin) is not on this machine");
        }

        var call = SyntheticCall.Get();
        using var analyzer = Analyzers.Create(o => o.WhisperModelPath = model);

        var audio = await analyzer.AnalyzeAsync(Analyzers.Call(), Formats.Path(call, "mulaw-8k.wav"), TestContext.CancellationToken);

        Assert.AreEqual(TranscriptSource.None, audio.Source);
        Assert.Contains("распознавание не дало текста: сохранены только интервалы речи", audio.Notes);
        Assert.DoesNotContain("транскрибация пропущена: модель Whisper не задана (QA_WHISPER_MODEL)", audio.Notes);
        AssertMatchesTimeline(call, audio.Speech);
    }

    [TestMethod]
    public async Task AnalyzeAsync_ContinuesWithTimingsAndSaysWhy_WhenWhisperModelIsBroken()
    {
        var call = SyntheticCall.Get();
        var broken = Path.Combine(call.Folder, "broken-model.bin");
        await File.WriteAllTextAsync(broken, "not a ggml model", TestContext.CancellationToken);
        using var analyzer = Analyzers.Create(o => o.WhisperModelPath = broken);

        var audio = await analyzer.AnalyzeAsync(Analyzers.Call(), Formats.Path(call, "mulaw-8k.wav"), TestContext.CancellationToken);

        Assert.Contains(n => n.StartsWith("транскрибация пропущена: модель Whisper не загрузилась", StringComparison.Ordinal), audio.Notes, string.Join("; ", audio.Notes));
        AssertMatchesTimeline(call, audio.Speech);
    }

    /// <summary>Every known phrase is found on its speaker's side within the tolerance, and nothing is found where
    /// that speaker was silent.</summary>
    internal static void AssertMatchesTimeline(SyntheticCall call, IReadOnlyList<Segment> speech)
    {
        foreach (var speaker in new[] { Speaker.Operator, Speaker.Customer })
        {
            var found = speech.Where(s => s.Speaker == speaker).ToList();
            AssertCovers(call.Of(speaker).ToList(), found);
        }
    }

    /// <summary>On one channel overlapping phrases are one stretch of sound.</summary>
    private static List<Utterance> Union(IReadOnlyList<Utterance> timeline)
    {
        var merged = new List<Utterance>();
        foreach (var u in timeline.OrderBy(u => u.Start))
        {
            if (merged.Count > 0 && u.Start < merged[^1].End)
            {
                merged[^1] = merged[^1] with { End = Math.Max(u.End, merged[^1].End), Text = merged[^1].Text + " / " + u.Text };
            }
            else
            {
                merged.Add(u);
            }
        }

        return merged;
    }

    private static void AssertCovers(IReadOnlyList<Utterance> truth, IReadOnlyList<Segment> found)
    {
        var described = string.Join(", ", found.Select(f => $"{f.Speaker} {f.Start:0.00}-{f.End:0.00}"));
        foreach (var utterance in truth)
        {
            var overlapping = found.Where(f => f.End > utterance.Start - Tolerance && f.Start < utterance.End + Tolerance).ToList();
            Assert.IsNotEmpty(overlapping, $"nothing found for «{utterance.Text}» {utterance.Start:0.00}-{utterance.End:0.00}; found {described}");
            Assert.AreEqual(utterance.Start, overlapping.Min(f => f.Start), Tolerance, $"start of «{utterance.Text}»; found {described}");
            Assert.AreEqual(utterance.End, overlapping.Max(f => f.End), Tolerance, $"end of «{utterance.Text}»; found {described}");
        }

        foreach (var f in found)
        {
            Assert.Contains(u => f.End > u.Start - Tolerance && f.Start < u.End + Tolerance, truth, $"speech found in silence: {f.Start:0.00}-{f.End:0.00}");
        }
    }
}
