namespace QualityAnalytics.Jobs.Tests.Cli;

/// <summary>`qa evaluate` on the bundled samples and their human labels, as a QA lead runs it.</summary>
[TestClass]
public sealed class EvaluateCommandTests
{
    public TestContext TestContext { get; set; } = null!;

    [TestMethod]
    public async Task Evaluate_PrintsCalibrationTable_ForLabelledSamples()
    {
        var root = QaProcess.RepositoryRoot();

        var result = await QaProcess.RunAsync(TestContext.CancellationToken, "evaluate",
            "--input", Path.Combine(root, "samples", "calls"), "--labels", Path.Combine(root, "samples", "labels.jsonl"));

        TestContext.WriteLine(result.StdOut);
        Assert.AreEqual(0, result.ExitCode, result.StdErr);
        Assert.Contains("Звонков сопоставлено: 14", result.StdOut);
        foreach (var expected in new[] { "greeting", "farewell", "pd_before_identification", "forbidden_phrase", "каппа Коэна", "эксперт \\ система" })
        {
            Assert.Contains(expected, result.StdOut);
        }
    }

    [TestMethod]
    public async Task Evaluate_FailsWithOneLine_WhenLabelsMissing()
    {
        var result = await QaProcess.RunAsync(TestContext.CancellationToken, "evaluate", "--input", "nowhere");

        Assert.AreNotEqual(0, result.ExitCode);
        Assert.Contains("--labels", result.StdErr + result.StdOut);
    }
}
