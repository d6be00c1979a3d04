using System.Text.RegularExpressions;
using QualityAnalytics.Jobs.Tests.Serve;

namespace QualityAnalytics.Jobs.Tests.Cli;

/// <summary><c>qa run</c> as a user runs it: a call with a transcript and an unusable recording is scored, the recording
/// is quarantined with a reason, the summary tells the two apart, and a re-run changes nothing.</summary>
[TestClass]
public sealed class RecordingQuarantineCliTests
{
    public TestContext TestContext { get; set; } = null!;

    [TestMethod]
    public async Task Run_QuarantinesUnusableRecordingsOfScoredCalls_OnASeparateSummaryLine_AndRerunAddsNothing()
    {
        var ct = TestContext.CancellationToken;
        var input = TestInput.Create(Directory.CreateTempSubdirectory("qa-input").FullName, calls: 3, withBadInputs: false);
        await TestInput.AddUnusableRecordingsAsync(input, ct);
        var data = Directory.CreateTempSubdirectory("qa-data").FullName;

        var run = await QaProcess.RunAsync(ct, "run", "--input", input, "--data", data);

        Assert.AreEqual(0, run.ExitCode, run.StdErr);
        Assert.MatchesRegex(Row("Оценено звонков", "3"), run.StdOut);
        Assert.MatchesRegex(Row("В карантине", "0"), run.StdOut, "calls not scored: none");
        Assert.MatchesRegex(Row("Записей в карантине", @"2 \(звонки оценены по транскрипту\)"), run.StdOut);
        Assert.MatchesRegex(Row("  карантин записи: audio_missing", "1"), run.StdOut);
        Assert.MatchesRegex(Row("  карантин записи: audio_unreadable", "1"), run.StdOut);
        var rows = await InlineRun.QuarantineAsync(data, ct);
        Assert.AreSequenceEqual(new[] { "c-000.recording audio_unreadable", "c-001.recording audio_missing" }, rows.ToArray());
        var folder = Path.Combine(data, "quarantine", Path.GetFileName(input));
        Assert.AreEqual("not a recording", await File.ReadAllTextAsync(Path.Combine(folder, "c-000.recording", "c-000.wav"), ct));
        Assert.Contains("call: c-001", await File.ReadAllTextAsync(Path.Combine(folder, "c-001.recording", "reason.txt"), ct));
        Assert.HasCount(3, (await InlineRun.ExportAsync(data, ct)).Split('\n', StringSplitOptions.RemoveEmptyEntries));

        var export = await InlineRun.ExportAsync(data, ct);
        var files = Directory.GetFiles(folder, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToArray();
        var rerun = await QaProcess.RunAsync(ct, "run", "--input", input, "--data", data);

        Assert.AreEqual(0, rerun.ExitCode, rerun.StdErr);
        Assert.AreSequenceEqual(rows.ToArray(), (await InlineRun.QuarantineAsync(data, ct)).ToArray(), "no duplicate quarantine rows");
        Assert.AreSequenceEqual(files, Directory.GetFiles(folder, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToArray());
        Assert.AreEqual(export, await InlineRun.ExportAsync(data, ct));
        Assert.MatchesRegex(Row("Записей в карантине", @"2 \(звонки оценены по транскрипту\)"), rerun.StdOut);
    }

    /// <summary>One row of the summary table: label cell, then value cell.</summary>
    private static Regex Row(string label, string value) =>
        new($"│ {Regex.Escape(label)} +│ {value} +│");
}
