using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using QualityAnalytics.Pipeline;
using QualityAnalytics.Pipeline.Aggregation;
using QualityAnalytics.Pipeline.Batch;
using QualityAnalytics.Pipeline.Scoring;
using QualityAnalytics.Pipeline.Storage;
using QualityAnalytics.Tests.Support;

namespace QualityAnalytics.Reports.Tests;

/// <summary>The bundled samples through the real batch pipeline, aggregation (step 100) and reports (step 200),
/// with a judge that quotes raw transcript text: what reaches the workbooks is what the store masked.</summary>
[TestClass]
public sealed class SamplesEndToEndTests
{
    public TestContext TestContext { get; set; } = null!;

    // Personal data spoken in the sample transcripts.
    private static readonly string[] Secrets =
        ["123-456-789 01", "916 555-12-34", "45 12 345678", "345678", "ivanova.m@mail.ru", "903 123-45-67", "rustam.karimov"];

    private const string Formula = "=HYPERLINK(\"http://x\",\"y\")";

    [TestMethod]
    public async Task CompletionSteps_WriteMaskedFormulaSafeReports_AfterABatchOfTheSamples()
    {
        var samples = FindSamples();
        using var database = new TestDatabase();
        var input = Path.Combine(database.Directory, "input");
        CopyDirectory(samples, input);
        AddFormulaCall(input);
        await using var services = new ServiceCollection()
            .AddSingleton(typeof(ILogger<>), typeof(NullLogger<>))
            .AddPipelineCore(new QaOptions { DataDir = database.Directory, Parallelism = 2 })
            .AddSingleton<ICallJudge>(new QuotingJudge())
            .AddAggregationStage()
            .AddReportsStage()
            .BuildServiceProvider();
        services.GetRequiredService<SchemaMigrator>().Migrate();

        var summary = await services.GetRequiredService<BatchPipeline>().RunAsync(input, null, TestContext.CancellationToken);

        var reports = summary.Outputs.Where(o => o.EndsWith(".xlsx", StringComparison.Ordinal)).ToList();
        Assert.AreSequenceEqual(
            new[] { "management-2026-11-23_2026-11-24.xlsx", "training-2026-11-23_2026-11-24.xlsx" },
            reports.Select(Path.GetFileName).ToArray(), string.Join("\n", summary.Outputs));
        foreach (var report in reports)
        {
            Assert.IsEmpty(WorkbookInspector.ValidationErrors(report), report);
            var cells = WorkbookInspector.Cells(report).ToList();
            foreach (var secret in Secrets)
            {
                Assert.DoesNotContain(c => c.Text.Contains(secret, StringComparison.OrdinalIgnoreCase), cells, $"«{secret}» in {Path.GetFileName(report)}");
            }

            Assert.DoesNotContain(c => c.IsFormula, cells);
        }

        var management = WorkbookInspector.Cells(reports[0]).ToList();
        Assert.Contains(c => c.Sheet == "Нарушения" && c.Text.Contains("[СНИЛС]", StringComparison.Ordinal), management);
        Assert.AreEqual(3, WorkbookInspector.ChartCount(reports[0], "Сводка"));
        Assert.Contains(c => c.Sheet == "Нарушения" && c.Text == Formula && !c.IsFormula, management, "the quote is a text cell");
    }

    /// <summary>A transcript whose operator line is a spreadsheet formula.</summary>
    private static void AddFormulaCall(string input)
    {
        File.AppendAllText(Path.Combine(input, "calls.csv"),
            "c-formula,2026-11-24T18:00:00+03:00,op-101,Анна Смирнова,Команда А,cust-0099,общая,,5,0,\n");
        File.WriteAllText(Path.Combine(input, "transcripts", "c-formula.json"), """
            {"call_id": "c-formula", "language": "ru", "segments": [
              {"speaker": "operator", "start": 0.5, "end": 3.0, "text": "=HYPERLINK(\"http://x\",\"y\")"},
              {"speaker": "customer", "start": 3.5, "end": 5.0, "text": "Что это?"}]}
            """);
    }

    private static string FindSamples()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "samples", "calls");
            if (File.Exists(Path.Combine(candidate, "calls.csv")))
            {
                return candidate;
            }
        }

        Assert.Inconclusive("samples/calls not found above the test folder.");
        return "";
    }

    private static void CopyDirectory(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
