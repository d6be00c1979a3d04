using ClosedXML.Excel;
using QualityAnalytics.Tests.Support;

namespace QualityAnalytics.Reports.Tests;

/// <summary>Both workbooks end to end over a stored, aggregated scenario: valid, readable, rendered, safe.</summary>
[TestClass]
public sealed class ReportWriterTests
{
    public TestContext TestContext { get; set; } = null!;

    [TestMethod]
    public async Task WriteAsync_WritesBothWorkbooks_NamedAfterThePeriod()
    {
        using var scenario = await ReportScenario.CreateAsync(TestContext.CancellationToken);

        var paths = await scenario.Writer().WriteAsync(ReportScenario.Period, TestContext.CancellationToken);

        Assert.AreSequenceEqual(
            new[] { "management-2026-03-02_2026-03-04.xlsx", "training-2026-03-02_2026-03-04.xlsx" },
            paths.Select(Path.GetFileName).ToArray());
        Assert.IsTrue(paths.All(File.Exists));
        Assert.IsEmpty(Directory.GetFiles(scenario.ReportsDir, ".*"), "no temporary files are left behind");
    }

    [TestMethod]
    public async Task WriteAsync_ProducesWorkbooksWithoutValidationErrors_WhenCheckedByTheOpenXmlValidator()
    {
        using var scenario = await ReportScenario.CreateAsync(TestContext.CancellationToken);

        var paths = await scenario.Writer().WriteAsync(ReportScenario.Period, TestContext.CancellationToken);

        foreach (var path in paths)
        {
            var errors = WorkbookInspector.ValidationErrors(path);
            Assert.IsEmpty(errors, $"{Path.GetFileName(path)}:\n{string.Join("\n", errors.Take(10))}");
        }
    }

    [TestMethod]
    public async Task WriteAsync_ProducesTheExpectedSheetsAndCharts_WhenReopenedWithClosedXml()
    {
        using var scenario = await ReportScenario.CreateAsync(TestContext.CancellationToken);

        var paths = await scenario.Writer().WriteAsync(ReportScenario.Period, TestContext.CancellationToken);

        using (var management = new XLWorkbook(paths[0]))
        {
            Assert.AreSequenceEqual(
                new[] { "Сводка", "Операторы", "Команды", "Категории услуг", "Тематики", "Нарушения", "Динамика" },
                management.Worksheets.Select(w => w.Name).ToArray());
            Assert.AreEqual(12, management.Worksheet("Сводка").Cell("B5").GetValue<int>(), "calls in the period");
            Assert.AreEqual(3, management.Worksheet("Нарушения").LastRowUsed()!.RowNumber() - 4, "three critical violations");
            Assert.AreEqual(4, management.Worksheet("Операторы").LastRowUsed()!.RowNumber() - 4, "four operators");
        }

        Assert.AreEqual(3, WorkbookInspector.ChartCount(paths[0], "Сводка"), "score trend, verdict mix per team, violations by rule");
        using var training = new XLWorkbook(paths[1]);
        Assert.AreSequenceEqual(new[] { "Обзор", "Модули", "Команда Север", "Команда Юг" }, training.Worksheets.Select(w => w.Name).ToArray());
    }

    [TestMethod]
    public async Task WriteAsync_LeavesNoPersonalDataInClear_WhenQuotesContainIt()
    {
        using var scenario = await ReportScenario.CreateAsync(TestContext.CancellationToken);

        var paths = await scenario.Writer().WriteAsync(ReportScenario.Period, TestContext.CancellationToken);

        var texts = paths.SelectMany(WorkbookInspector.Cells).Select(c => c.Text).ToList();
        foreach (var secret in new[] { ReportScenario.PassportDigits, "345678", "916 123", ReportScenario.Email, "petrov" })
        {
            Assert.DoesNotContain(t => t.Contains(secret, StringComparison.OrdinalIgnoreCase), texts, $"«{secret}» is in a report");
        }

        Assert.Contains(t => t.Contains("[паспорт]", StringComparison.Ordinal), texts, "the masked quote is still shown");
    }

    [TestMethod]
    public async Task WriteAsync_WritesAFormulaLikeQuoteAsText_NeverAsAFormula()
    {
        using var scenario = await ReportScenario.CreateAsync(TestContext.CancellationToken);

        var paths = await scenario.Writer().WriteAsync(ReportScenario.Period, TestContext.CancellationToken);

        var cells = WorkbookInspector.Cells(paths[0]).ToList();
        var quote = cells.Single(c => c.Sheet == "Нарушения" && c.Text == ReportScenario.Formula);
        Assert.IsFalse(quote.IsFormula);
        Assert.DoesNotContain(c => c.IsFormula, cells, "the management report holds no formulas at all");
        using var workbook = new XLWorkbook(paths[0]);
        var cell = workbook.Worksheet("Нарушения").Cell(quote.Reference);
        Assert.IsFalse(cell.HasFormula);
        Assert.AreEqual(ReportScenario.Formula, cell.GetString());
    }

    [TestMethod]
    public async Task WriteAsync_ProducesWorkbooksLibreOfficeRenders_WhenConvertedToPdf()
    {
        if (LibreOffice.Executable is null)
        {
            Assert.Inconclusive("LibreOffice (soffice) is not installed; scripts/test installs it.");
        }

        using var scenario = await ReportScenario.CreateAsync(TestContext.CancellationToken);
        var paths = await scenario.Writer().WriteAsync(ReportScenario.Period, TestContext.CancellationToken);

        foreach (var path in paths)
        {
            var pdf = await LibreOffice.ConvertToPdfAsync(path, TestContext.CancellationToken);
            var head = new byte[5];
            await using (var stream = File.OpenRead(pdf))
            {
                await stream.ReadExactlyAsync(head, TestContext.CancellationToken);
            }

            Assert.AreEqual("%PDF-", System.Text.Encoding.ASCII.GetString(head));
            Assert.IsGreaterThan(10_000, new FileInfo(pdf).Length, $"{Path.GetFileName(pdf)} has pages");
            // Kept with the test results, to look at.
            var kept = Path.Combine(TestContext.TestResultsDirectory ?? Path.GetTempPath(), Path.GetFileName(pdf));
            File.Copy(pdf, kept, overwrite: true);
            TestContext.AddResultFile(kept);
        }
    }
}
