using System.Globalization;
using System.Text.RegularExpressions;

namespace QualityAnalytics.Jobs.Tests.Cli;

/// <summary>Issue 5's acceptance bars, held by `qa evaluate` on the independent 60-call set in tests/data/eval
/// (written apart from the training corpus; never used to tune phrases, cues or models), clean and at ~25 % WER.</summary>
[TestClass]
public sealed partial class IndependentSetTests
{
    public TestContext TestContext { get; set; } = null!;

    [TestMethod]
    [DataRow("calls", 0.90, 0.95, 0.90, 0.90, 0.85)]
    [DataRow("calls-noisy", 0.80, 0.90, 0.0, 0.0, 0.75)]
    public async Task Evaluate_MeetsIssueBars_OnIndependentSet(
        string variant, double minStageF1, double minPdRecall, double minPdPrecision, double minForbiddenRecall, double minAccuracy)
    {
        var eval = Path.Combine(QaProcess.RepositoryRoot(), "tests", "data", "eval");

        var result = await QaProcess.RunAsync(TestContext.CancellationToken, "evaluate",
            "--input", Path.Combine(eval, variant), "--labels", Path.Combine(eval, "labels.jsonl"));

        TestContext.WriteLine(result.StdOut);
        Assert.AreEqual(0, result.ExitCode, result.StdErr);
        Assert.Contains("Звонков сопоставлено: 60", result.StdOut);
        Assert.IsGreaterThanOrEqualTo(minStageF1, Figure(MicroF1(), result.StdOut), "stage micro-F1");
        var pd = PrecisionRecall(result.StdOut, "pd_before_identification");
        Assert.IsGreaterThanOrEqualTo(minPdRecall, pd.Recall, "pd_before_identification recall");
        Assert.IsGreaterThanOrEqualTo(minPdPrecision, pd.Precision, "pd_before_identification precision");
        Assert.IsGreaterThanOrEqualTo(minForbiddenRecall, PrecisionRecall(result.StdOut, "forbidden_phrase").Recall, "forbidden_phrase recall");
        Assert.IsGreaterThanOrEqualTo(minAccuracy, Figure(TopicAccuracy(), result.StdOut), "topic accuracy");
        Assert.IsGreaterThanOrEqualTo(minAccuracy, Figure(ResolutionAccuracy(), result.StdOut), "resolution accuracy");
    }

    private static (double Precision, double Recall) PrecisionRecall(string report, string rule)
    {
        var match = Regex.Match(report, $@"^{rule}\s+([\d.]+)\s+([\d.]+)", RegexOptions.Multiline);
        Assert.IsTrue(match.Success, $"no {rule} row in the report");
        return (Parse(match.Groups[1].Value), Parse(match.Groups[2].Value));
    }

    private static double Figure(Regex pattern, string report)
    {
        var match = pattern.Match(report);
        Assert.IsTrue(match.Success, $"no line matching {pattern} in the report");
        return Parse(match.Groups[1].Value);
    }

    private static double Parse(string value) => double.Parse(value, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"общее \(микро\)\s+([\d.]+)")]
    private static partial Regex MicroF1();

    [GeneratedRegex(@"Тема: точность ([\d.]+)")]
    private static partial Regex TopicAccuracy();

    [GeneratedRegex(@"Результат: точность ([\d.]+)")]
    private static partial Regex ResolutionAccuracy();
}
