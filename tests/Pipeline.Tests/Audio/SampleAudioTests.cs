using System.Text.Json;
using QualityAnalytics.Models.Calls;
using QualityAnalytics.Pipeline.Tests.Audio.Fixtures;

namespace QualityAnalytics.Pipeline.Tests.Audio;

/// <summary>The bundled sample recordings (scripts/make-sample-audio) against their own transcripts.</summary>
[TestClass]
public sealed class SampleAudioTests
{
    public TestContext TestContext { get; set; } = null!;

    public static IEnumerable<object[]> Recordings()
    {
        var folder = SamplesFolder();
        return folder is null ? [] : Directory.GetFiles(Path.Combine(folder, "audio"), "*.wav").Order().Select(p => new object[] { Path.GetFileName(p) });
    }

    [TestMethod]
    [DynamicData(nameof(Recordings))]
    public async Task AnalyzeAsync_FindsEachTranscriptTurnOnItsSide_ForBundledSamples(string file)
    {
        var folder = SamplesFolder()!;
        var path = Path.Combine(folder, "audio", file);
        var transcript = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(folder, "transcripts", Path.ChangeExtension(file, ".json")), TestContext.CancellationToken));
        var turns = transcript.RootElement.GetProperty("segments").EnumerateArray()
            .Select(s => (Speaker: s.GetProperty("speaker").GetString() == "operator" ? Speaker.Operator : Speaker.Customer,
                Start: s.GetProperty("start").GetDouble(), End: s.GetProperty("end").GetDouble()))
            .ToList();
        using var analyzer = Analyzers.Create();

        var audio = await analyzer.AnalyzeAsync(Analyzers.Call(ChannelLayout.StereoOperatorLeft), path, TestContext.CancellationToken);

        Assert.AreEqual(turns.Max(t => t.End) + 1.0, audio.DurationS, 0.01);
        var errors = new List<double>();
        foreach (var turn in turns)
        {
            var found = audio.Speech.Where(s => s.Speaker == turn.Speaker && s.End > turn.Start - 0.3 && s.Start < turn.End + 0.3).ToList();
            Assert.IsNotEmpty(found, $"{turn.Speaker} {turn.Start}-{turn.End} not found");

            // A phrase squeezed to 2.5× tempo can open with a word shorter than Silero's 250 ms minimum: allow 0.6 s
            // for one turn, but the turns on average must start where the transcript says.
            var error = Math.Abs(turn.Start - found.Min(f => f.Start));
            Assert.IsLessThanOrEqualTo(0.6, error, $"{turn.Speaker} turn at {turn.Start}");
            errors.Add(error);
        }

        Assert.IsLessThan(0.15, errors.Average(), "mean start error");
    }

    private static string? SamplesFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "samples", "calls");
            if (Directory.Exists(Path.Combine(candidate, "audio")))
            {
                return candidate;
            }
        }

        return null;
    }
}
