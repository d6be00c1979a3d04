using System.Text.Json;

namespace QualityAnalytics.Jobs.Tests.Cli;

/// <summary>The README's main command on the bundled samples, then the export, as a user runs them.</summary>
[TestClass]
public sealed class SamplesEndToEndTests
{
    private static readonly string[] ContractFields =
    [
        "call_id", "operator_id", "team", "started_at", "service_category", "transcript_source", "script_version",
        "topic", "resolution", "verdict", "scores", "stages", "violations", "speed",
    ];

    private static readonly string[] SpeedFields =
    [
        "queue_wait_s", "first_response_s", "mean_response_s", "p95_response_s", "max_silence_s",
        "dead_air_ratio", "overtalk_ratio", "handle_s", "hold_s",
    ];

    public TestContext TestContext { get; set; } = null!;

    [TestMethod]
    public async Task RunThenExport_PrintsOneContractRecordPerSampleCall_AndRerunChangesNothing()
    {
        var samples = Path.Combine(QaProcess.RepositoryRoot(), "samples", "calls");
        var data = Directory.CreateTempSubdirectory("qa-samples-data").FullName;
        var sampleIds = File.ReadAllLines(Path.Combine(samples, "calls.csv")).Skip(1)
            .Where(l => l.Length > 0).Select(l => l.Split(',')[0]).ToList();

        var run = await QaProcess.RunAsync(TestContext.CancellationToken, "run", "--input", samples, "--data", data);
        Assert.AreEqual(0, run.ExitCode, run.StdErr);
        // As the README shows it: the samples are clean input (an empty recording column is allowed with a transcript,
        // a recording that is named must exist), so nothing of theirs is quarantined.
        Assert.DoesNotContain("карантин", run.StdOut.Replace("В карантине", "", StringComparison.Ordinal));
        Assert.IsFalse(Directory.Exists(Path.Combine(data, "quarantine")), "nothing of the samples is quarantined");
        var export = await QaProcess.RunAsync(TestContext.CancellationToken, "export", "--data", data, "--format", "jsonl");
        Assert.AreEqual(0, export.ExitCode, export.StdErr);

        var records = export.StdOut.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.AreSequenceEqual(sampleIds.Order(StringComparer.Ordinal), records.Select(r => r.GetProperty("call_id").GetString()!).Order(StringComparer.Ordinal));
        foreach (var record in records)
        {
            foreach (var field in ContractFields)
            {
                Assert.IsTrue(record.TryGetProperty(field, out _), $"{field} missing in {record}");
            }

            foreach (var field in SpeedFields)
            {
                Assert.IsTrue(record.GetProperty("speed").TryGetProperty(field, out _), $"speed.{field} missing");
            }

            Assert.AreEqual(6, record.GetProperty("stages").GetArrayLength());
            Assert.Contains(record.GetProperty("verdict").GetString()!, new[] { "pass", "coach", "fail" });
        }

        var rerun = await QaProcess.RunAsync(TestContext.CancellationToken, "run", "--input", samples, "--data", data);
        Assert.AreEqual(0, rerun.ExitCode, rerun.StdErr);
        var again = await QaProcess.RunAsync(TestContext.CancellationToken, "export", "--data", data, "--format", "jsonl");
        Assert.AreEqual(export.StdOut, again.StdOut, "a re-run over the same input changes nothing");
    }
}
