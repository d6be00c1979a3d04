using QualityAnalytics.Pipeline.Storage;
using ClosedXML.Excel;
using QualityAnalytics.Reports.Data;
using QualityAnalytics.Reports.Excel;

namespace QualityAnalytics.Reports.Management;

internal sealed partial class ManagementReportBuilder
{
    private const double SecondsPerDay = 86400;

    /// <summary>The service columns every breakdown shares, after its own leading columns.</summary>
    private IEnumerable<TableColumn<PeriodFigures>> ServiceColumns() =>
    [
        new("Звонки с крит. нарушениями", 13, f => f.CallsWithCritical, ReportStyles.Integer),
        new("Доля крит. нарушений", 11, f => f.CriticalShare, ReportStyles.Percent, TargetRule.AtMost(options.CriticalShareMax)),
        new("ASA, с", 9, f => f.AsaS, ReportStyles.Seconds, TargetRule.AtMost(options.AsaMaxS)),
        new("Уровень сервиса (20 с)", 11, f => f.ServiceLevel, ReportStyles.Percent, TargetRule.AtLeast(options.ServiceLevelTarget)),
        new("AHT, мин:с", 9, f => f.AhtS / SecondsPerDay, ReportStyles.Duration, TargetRule.AtMost(options.AhtMaxS / SecondsPerDay)),
        new("Решено", 9, f => f.ResolvedShare, ReportStyles.Percent),
        new("FCR", 9, f => f.FcrRate, ReportStyles.Percent, TargetRule.AtLeast(options.FcrTarget)),
        new("Без номера абонента", 11, f => f.NoCallerCalls, ReportStyles.Integer),
    ];

    /// <returns>How many rows the table has (the team chart reads them).</returns>
    private int WriteBreakdown(IXLWorksheet sheet, ManagementReportData data, IReadOnlyList<PeriodFigures> rows, string name,
        Func<string, string> label, bool withOperators)
    {
        ReportStyles.Title(sheet, $"{sheet.Name}: показатели за период", Subtitle(data, "Красным — значения хуже цели"), 8);
        var operatorsPerTeam = data.Operators.GroupBy(o => o.Parent ?? "", StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        // Columns A–G are fixed: the verdict chart on the summary reads E, F and G of «Команды».
        List<TableColumn<PeriodFigures>> columns =
        [
            new(name, 26, f => label(f.Key)),
            withOperators
                ? new("Операторов", 11, f => operatorsPerTeam.GetValueOrDefault(f.Key), ReportStyles.Integer)
                : new("Доля звонков", 11, f => data.Total.Calls > 0 ? (double)f.Calls / data.Total.Calls : null, ReportStyles.Percent),
            new("Звонков", 10, f => f.Calls, ReportStyles.Integer),
            new("Средняя оценка", 10, f => f.Overall, ReportStyles.Score, TargetRule.AtLeast(options.OverallScoreTarget)),
            new("Норма", 9, f => f.Pass, ReportStyles.Integer),
            new("Требует обучения", 10, f => f.Coach, ReportStyles.Integer),
            new("Неудовл.", 9, f => f.Fail, ReportStyles.Integer),
            new("Доля «Норма»", 10, f => f.PassRate, ReportStyles.Percent, TargetRule.AtLeast(options.PassRateTarget)),
            .. ServiceColumns(),
        ];
        TableWriter.Write(sheet, ManagementSheets.HeaderRow, columns, rows, "Нет звонков за период.");
        return rows.Count;
    }

    private void WriteOperators(IXLWorksheet sheet, ManagementReportData data)
    {
        ReportStyles.Title(sheet, "Операторы: показатели за период", Subtitle(data, "Красным — значения хуже цели"), 8);
        List<TableColumn<PeriodFigures>> columns =
        [
            new("Оператор", 26, f => f.Label ?? f.Key),
            new("ID оператора", 12, f => f.Key),
            new("Команда", 12, f => RussianLabels.OrNotSpecified(f.Parent)),
            new("Звонков", 9, f => f.Calls, ReportStyles.Integer),
            new("Средняя оценка", 10, f => f.Overall, ReportStyles.Score, TargetRule.AtLeast(options.OverallScoreTarget)),
            new("Соблюдение скрипта", 10, f => f.Adherence, ReportStyles.Score),
            new("Скорость", 9, f => f.Speed, ReportStyles.Score),
            new("Результат", 9, f => f.ResolutionScore, ReportStyles.Score),
            new("Доля «Норма»", 10, f => f.PassRate, ReportStyles.Percent, TargetRule.AtLeast(options.PassRateTarget)),
            new("Крит. нарушений", 10, f => f.CriticalViolations, ReportStyles.Integer),
            new("Всего нарушений", 10, f => f.Violations, ReportStyles.Integer),
            new("Ср. задержка ответа, с", 11, f => f.MeanResponseS, ReportStyles.Seconds),
            new("p95 задержки, с", 10, f => f.P95ResponseS, ReportStyles.Seconds),
            new("Доля тишины", 9, f => f.DeadAirRatio, ReportStyles.Percent),
            new("Удержание, с", 10, f => f.HoldS, ReportStyles.Seconds),
            new("AHT, мин:с", 9, f => f.AhtS / SecondsPerDay, ReportStyles.Duration, TargetRule.AtMost(options.AhtMaxS / SecondsPerDay)),
            new("Решено", 9, f => f.ResolvedShare, ReportStyles.Percent),
            new("FCR", 9, f => f.FcrRate, ReportStyles.Percent, TargetRule.AtLeast(options.FcrTarget)),
        ];
        var rows = data.Operators.OrderBy(o => o.Overall ?? double.MaxValue).ThenBy(o => o.Key, StringComparer.Ordinal).ToList();
        TableWriter.Write(sheet, ManagementSheets.HeaderRow, columns, rows, "Нет звонков за период.");
    }

    private void WriteTrend(IXLWorksheet sheet, ManagementReportData data)
    {
        ReportStyles.Title(sheet, "Динамика по дням", Subtitle(data, "Пустая строка — дней без звонков"), 8);
        // Columns C and D feed the score trend chart on the summary.
        TableColumn<DayFigures>[] columns =
        [
            new("Дата", 12, d => d.Day, ReportStyles.Date),
            new("Звонков", 10, d => d.Figures?.Calls, ReportStyles.Integer),
            new("Средняя оценка", 10, d => d.Figures?.Overall, ReportStyles.Score, TargetRule.AtLeast(options.OverallScoreTarget)),
            new("Цель по оценке", 10, _ => options.OverallScoreTarget, ReportStyles.Score),
            new("Доля «Норма»", 10, d => d.Figures?.PassRate, ReportStyles.Percent, TargetRule.AtLeast(options.PassRateTarget)),
            new("Критических нарушений", 12, d => d.Figures?.CriticalViolations, ReportStyles.Integer),
            new("Доля крит. нарушений", 11, d => d.Figures?.CriticalShare, ReportStyles.Percent, TargetRule.AtMost(options.CriticalShareMax)),
            new("FCR", 9, d => d.Figures?.FcrRate, ReportStyles.Percent, TargetRule.AtLeast(options.FcrTarget)),
            new("ASA, с", 9, d => d.Figures?.AsaS, ReportStyles.Seconds, TargetRule.AtMost(options.AsaMaxS)),
            new("Уровень сервиса (20 с)", 11, d => d.Figures?.ServiceLevel, ReportStyles.Percent, TargetRule.AtLeast(options.ServiceLevelTarget)),
            new("AHT, мин:с", 9, d => d.Figures?.AhtS / SecondsPerDay, ReportStyles.Duration, TargetRule.AtMost(options.AhtMaxS / SecondsPerDay)),
        ];
        TableWriter.Write(sheet, ManagementSheets.HeaderRow, columns, data.Days);
    }

    private static void WriteViolations(IXLWorksheet sheet, ManagementReportData data)
    {
        ReportStyles.Title(sheet, "Критические нарушения",
            $"Каждое критическое нарушение за период {data.Period.Russian}; персональные данные в цитатах скрыты", 8);
        TableColumn<CriticalViolationRow>[] columns =
        [
            new("Дата", 11, v => Pipeline.Storage.SqlDates.Parse(v.CallDate), ReportStyles.Date),
            new("Время звонка", 9, v => v.StartedAt.Length >= 16 ? v.StartedAt[11..16] : ""),
            new("ID звонка", 16, v => v.CallId),
            new("Оператор", 24, v => v.OperatorName ?? v.OperatorId),
            new("Команда", 11, v => RussianLabels.OrNotSpecified(v.Team)),
            new("Категория услуги", 14, v => RussianLabels.OrNotSpecified(v.ServiceCategory)),
            new("Нарушение", 24, v => RussianLabels.Rule(v.Rule)) { Wrap = true },
            new("Тайм-код", 9, v => RussianLabels.TimeCode(v.StartS)),
            new("Цитата (персональные данные скрыты)", 60, v => new EvidenceText(v.Quote)) { Wrap = true },
        ];
        TableWriter.Write(sheet, ManagementSheets.HeaderRow, columns, data.CriticalViolations, "Критических нарушений за период не выявлено.");
    }
}
