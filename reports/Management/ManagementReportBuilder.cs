using ClosedXML.Excel;
using QualityAnalytics.Reports.Charts;
using QualityAnalytics.Reports.Data;
using QualityAnalytics.Reports.Excel;

namespace QualityAnalytics.Reports.Management;

/// <summary>The management workbook: KPIs against targets with trend, breakdowns, critical violations, daily dynamics,
/// and native charts on the summary sheet.</summary>
internal sealed partial class ManagementReportBuilder(ReportOptions options)
{
    public void Write(ManagementReportData data, string path)
    {
        var charts = new List<ChartSpec>();
        using (var workbook = ReportStyles.NewWorkbook())
        {
            var summary = workbook.AddWorksheet(ManagementSheets.Summary);
            WriteOperators(workbook.AddWorksheet(ManagementSheets.Operators), data);
            var teamRows = WriteBreakdown(workbook.AddWorksheet(ManagementSheets.Teams), data, data.Teams, "Команда", k => RussianLabels.OrNotSpecified(k), withOperators: true);
            WriteBreakdown(workbook.AddWorksheet(ManagementSheets.Categories), data, data.Categories, "Категория услуги", k => RussianLabels.OrNotSpecified(k), withOperators: false);
            WriteBreakdown(workbook.AddWorksheet(ManagementSheets.Topics), data, data.Topics, "Тематика", RussianLabels.Topic, withOperators: false);
            WriteViolations(workbook.AddWorksheet(ManagementSheets.Violations), data);
            WriteTrend(workbook.AddWorksheet(ManagementSheets.Trend), data);
            var chartTop = WriteSummary(summary, data);
            charts.AddRange(SummaryCharts(data, chartTop, teamRows));
            summary.SetTabActive();
            workbook.SaveAs(path);
        }

        NativeChartWriter.AddCharts(path, charts);
    }

    private string Subtitle(ManagementReportData data, string what) =>
        $"Период {data.Period.Russian} · {what} · сформирован {data.GeneratedAt:dd.MM.yyyy HH:mm}";
}
