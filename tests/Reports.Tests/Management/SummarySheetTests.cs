using ClosedXML.Excel;
using Microsoft.Extensions.Logging.Abstractions;
using QualityAnalytics.Pipeline;
using QualityAnalytics.Pipeline.Aggregation;
using QualityAnalytics.Reports.Data;
using QualityAnalytics.Tests.Support;

namespace QualityAnalytics.Reports.Tests.Management;

[TestClass]
public sealed class SummarySheetTests
{
    public TestContext TestContext { get; set; } = null!;

    [TestMethod]
    public async Task Summary_ComparesWithThePreviousPeriod_AndMarksKpisAgainstTargets()
    {
        using var database = new TestDatabase();
        var builder = new StoredResultsBuilder();
        // Previous week: two calls at 90; this week: two calls at 70 and 80, one answered after 40 s.
        builder.Call("p1", "2026-02-23T10:00:00+03:00", c => c.Overall = 90);
        builder.Call("p2", "2026-02-24T10:00:00+03:00", c => c.Overall = 90);
        builder.Call("n1", "2026-03-02T10:00:00+03:00", c => { c.Overall = 70; c.Verdict = "coach"; });
        builder.Call("n2", "2026-03-03T10:00:00+03:00", c => { c.Overall = 80; c.Verdict = "coach"; c.QueueWaitS = 40; });
        var paths = await WriteWeekOfMarch2Async(database, builder);

        using var workbook = new XLWorkbook(paths[0]);
        var summary = workbook.Worksheet("Сводка");
        var overall = summary.Row(6);
        Assert.AreEqual("Средняя оценка качества (0–100)", overall.Cell(1).GetString());
        Assert.AreEqual(75.0, overall.Cell(2).GetDouble(), 1e-9);
        Assert.AreEqual(85.0, overall.Cell(3).GetDouble(), 1e-9);
        Assert.AreEqual(90.0, overall.Cell(4).GetDouble(), 1e-9);
        Assert.AreEqual(-15.0, overall.Cell(5).GetDouble(), 1e-9);
        Assert.AreEqual("ниже цели", overall.Cell(6).GetString());
        var serviceLevel = summary.Row(12);
        Assert.StartsWith("Уровень сервиса", serviceLevel.Cell(1).GetString());
        Assert.AreEqual(0.5, serviceLevel.Cell(2).GetDouble(), 1e-9);
        Assert.AreEqual(-50.0, serviceLevel.Cell(5).GetDouble(), 1e-9, "change in percentage points");
        Assert.Contains(f => f.Range.Contains(summary.Cell(6, 2)), summary.ConditionalFormats, "the value is coloured against its target");
        Assert.DoesNotContain(text => text.StartsWith("Звонков без текста", StringComparison.Ordinal), ColumnTexts(summary));
    }

    /// <summary>A recording without text (no speech recogniser model) is judged on no words and counted in the figures:
    /// the summary says how many such calls the period holds and what that means.</summary>
    [TestMethod]
    public async Task Summary_WarnsOfCallsJudgedWithoutText()
    {
        using var database = new TestDatabase();
        var builder = new StoredResultsBuilder();
        builder.Call("t1", "2026-03-02T10:00:00+03:00");
        builder.Call("a1", "2026-03-02T11:00:00+03:00", c => { c.TranscriptSource = "none"; c.Overall = 30; c.Adherence = 0; c.Verdict = "fail"; });
        builder.Call("a2", "2026-03-03T11:00:00+03:00", c => { c.TranscriptSource = "none"; c.Overall = 30; c.Adherence = 0; c.Verdict = "fail"; });
        builder.Call("a0", "2026-02-24T11:00:00+03:00", c => c.TranscriptSource = "none"); // the previous period: not counted
        var paths = await WriteWeekOfMarch2Async(database, builder);

        using var workbook = new XLWorkbook(paths[0]);
        var warning = ColumnTexts(workbook.Worksheet("Сводка")).Single(text => text.StartsWith("Звонков без текста", StringComparison.Ordinal));
        Assert.StartsWith("Звонков без текста: 2.", warning);
        Assert.Contains("соблюдение скрипта 0", warning);
        using var training = new XLWorkbook(paths[1]);
        Assert.Contains("звонков без текста: 2", training.Worksheets.First().Cell(2, 1).GetString());
    }

    /// <summary>Stores the calls, aggregates 23 February – 8 March, and writes the reports of the week of 2 March (the
    /// week before is the previous period).</summary>
    private async Task<IReadOnlyList<string>> WriteWeekOfMarch2Async(TestDatabase database, StoredResultsBuilder builder)
    {
        await builder.WriteAsync(database.Factory, TestContext.CancellationToken);
        var store = new AggregateStore(database.Factory);
        await new Aggregator(store).RecomputeRangeAsync(new DateOnly(2026, 2, 23), new DateOnly(2026, 3, 8), TestContext.CancellationToken);
        var writer = new ReportWriter(new ReportDataSource(database.Factory, store, TimeProvider.System),
            new QaOptions { DataDir = database.Directory }, Microsoft.Extensions.Options.Options.Create(new ReportOptions()),
            NullLogger<ReportWriter>.Instance);
        return await writer.WriteAsync(new ReportPeriod(new DateOnly(2026, 3, 2), new DateOnly(2026, 3, 8)), TestContext.CancellationToken);
    }

    private static List<string> ColumnTexts(IXLWorksheet sheet) =>
        sheet.Column(1).CellsUsed().Select(cell => cell.GetString()).ToList();
}
