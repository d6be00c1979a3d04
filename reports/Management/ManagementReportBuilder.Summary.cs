using ClosedXML.Excel;
using QualityAnalytics.Models.Judgement;
using QualityAnalytics.Reports.Charts;
using QualityAnalytics.Reports.Data;
using QualityAnalytics.Reports.Excel;

namespace QualityAnalytics.Reports.Management;

internal sealed partial class ManagementReportBuilder
{
    private const int SummaryColumns = 6;

    /// <summary>Every rule the script raises, critical first: the rule table lists each, with zeros in a clean period.</summary>
    private static readonly (string Rule, bool Critical)[] KnownRules =
    [
        (ViolationRules.PdBeforeIdentification, true),
        (ViolationRules.ActionBeforeIdentification, true),
        (ViolationRules.ForbiddenPhrase, false),
    ];
    private int ruleHeaderRow;
    private int ruleCount;

    private List<Kpi> Kpis(PeriodFigures now, PeriodFigures? before) =>
    [
        new("Обработано звонков", now.Calls, before?.Calls, null, ReportStyles.Integer, Kpi.CountChange),
        new("Средняя оценка качества (0–100)", now.Overall, before?.Overall, TargetRule.AtLeast(options.OverallScoreTarget), ReportStyles.Score, Kpi.ScoreChange),
        new("Доля звонков с оценкой «Норма»", now.PassRate, before?.PassRate, TargetRule.AtLeast(options.PassRateTarget), ReportStyles.Percent, Kpi.PointsFormat, ChangeScale: 100),
        new("Доля звонков с критическими нарушениями", now.CriticalShare, before?.CriticalShare, TargetRule.AtMost(options.CriticalShareMax), ReportStyles.Percent, Kpi.PointsFormat, ChangeScale: 100),
        new("Критических нарушений, шт.", now.CriticalViolations, before?.CriticalViolations, null, ReportStyles.Integer, Kpi.CountChange),
        new("Решено с первого обращения (FCR)", now.FcrRate, before?.FcrRate, TargetRule.AtLeast(options.FcrTarget), ReportStyles.Percent, Kpi.PointsFormat, ChangeScale: 100),
        new("Среднее время ожидания ответа (ASA)", now.AsaS, before?.AsaS, TargetRule.AtMost(options.AsaMaxS), ReportStyles.Seconds, Kpi.SecondsChange),
        new("Уровень сервиса: ответ за 20 с (норматив 80/20)", now.ServiceLevel, before?.ServiceLevel, TargetRule.AtLeast(options.ServiceLevelTarget), ReportStyles.Percent, Kpi.PointsFormat, ChangeScale: 100),
        new("Среднее время обработки звонка (AHT), мин:с", now.AhtS, before?.AhtS, TargetRule.AtMost(options.AhtMaxS), ReportStyles.Duration, Kpi.SecondsChange, Scale: 1.0 / 86400),
        new("Доля решённых обращений", now.ResolvedShare, before?.ResolvedShare, null, ReportStyles.Percent, Kpi.PointsFormat, ChangeScale: 100),
    ];

    /// <returns>The first free row under the tables, where the charts go.</returns>
    private int WriteSummary(IXLWorksheet sheet, ManagementReportData data)
    {
        ReportStyles.Title(sheet, "Качество обслуживания контакт-центра Госуслуг",
            Subtitle(data, $"Сравнение с предыдущим периодом {data.Period.Previous.Russian}"), SummaryColumns);
        double[] widths = [50, 14, 14, 16, 14, 17];
        for (var c = 0; c < widths.Length; c++)
        {
            sheet.Column(c + 1).Width = widths[c];
        }

        const int header = 4;
        string[] headers = ["Показатель", "За период", "Цель", "Предыдущий период", "Изменение", "Оценка"];
        for (var c = 0; c < headers.Length; c++)
        {
            SafeCell.Text(sheet.Cell(header, c + 1), headers[c]);
        }

        ReportStyles.Header(sheet.Range(header, 1, header, SummaryColumns));
        sheet.Row(header).Height = 30;
        // A previous period without calls has no figures to compare with: blank, not zeros.
        var kpis = Kpis(data.Total, data.PreviousTotal.Calls > 0 ? data.PreviousTotal : null);
        var row = header;
        foreach (var kpi in kpis)
        {
            row++;
            WriteKpi(sheet, row, kpi);
        }

        var table = sheet.Range(header, 1, row, SummaryColumns);
        table.Style.Border.InsideBorder = XLBorderStyleValues.Thin;
        table.Style.Border.InsideBorderColor = ReportStyles.Border;
        table.Style.Border.OutsideBorder = XLBorderStyleValues.Thin;
        table.Style.Border.OutsideBorderColor = ReportStyles.Border;

        row += 1;
        var note = sheet.Cell(row, 1);
        SafeCell.Text(note, $"FCR считается по звонкам с известным номером абонента: повторный звонок по той же тематике в течение 7 дней означает, что вопрос не решён с первого раза. Звонков без номера абонента (не входят в FCR): {data.Total.NoCallerCalls:N0}.");
        note.Style.Font.FontColor = ReportStyles.Muted;
        note.Style.Alignment.WrapText = true;
        sheet.Range(row, 1, row, SummaryColumns).Merge();
        sheet.Row(row).Height = 28;
        if (data.CallsWithoutText > 0)
        {
            row = WriteWithoutTextWarning(sheet, row + 1, data.CallsWithoutText);
        }

        row = WriteRuleTable(sheet, row + 2, data);
        ReportStyles.PrintSetup(sheet, 0);
        sheet.PageSetup.PageOrientation = XLPageOrientation.Portrait;
        return row + 2;
    }

    /// <summary>Calls with a recording and no text are judged on no words (adherence 0, «Неудовлетворительно») and
    /// counted in the figures above (stage completion and coaching leave them out): a reader has to know before taking
    /// them as the operators' work.</summary>
    private static int WriteWithoutTextWarning(IXLWorksheet sheet, int row, int calls)
    {
        var cell = sheet.Cell(row, 1);
        SafeCell.Text(cell, $"Звонков без текста: {calls:N0}. Запись есть, расшифровки нет (не настроена модель распознавания речи): " +
            "такие звонки оценены по скрипту как разговор без единой фразы — соблюдение скрипта 0, оценка «Неудовлетворительно» — " +
            "и входят в показатели выше; в выполнении этапов скрипта и в рекомендациях по обучению они не учитываются. " +
            "Скорость ответа, паузы и время обработки для них измерены по записи.");
        cell.Style.Font.FontColor = ReportStyles.BadFont;
        cell.Style.Alignment.WrapText = true;
        sheet.Range(row, 1, row, SummaryColumns).Merge();
        sheet.Row(row).Height = 42;
        return row;
    }

    private static void WriteKpi(IXLWorksheet sheet, int row, Kpi kpi)
    {
        SafeCell.Text(sheet.Cell(row, 1), kpi.Name);
        SafeCell.Value(sheet.Cell(row, 2), kpi.Value * kpi.Scale);
        SafeCell.Value(sheet.Cell(row, 3), kpi.Target?.Threshold * kpi.Scale);
        SafeCell.Value(sheet.Cell(row, 4), kpi.Previous * kpi.Scale);
        if (kpi.Value is { } now && kpi.Previous is { } before)
        {
            SafeCell.Value(sheet.Cell(row, 5), (now - before) * kpi.ChangeScale);
        }

        SafeCell.Text(sheet.Cell(row, 6), kpi.Status);
        foreach (var column in new[] { 2, 3, 4 })
        {
            sheet.Cell(row, column).Style.NumberFormat.Format = kpi.Format;
        }

        sheet.Cell(row, 5).Style.NumberFormat.Format = kpi.ChangeFormat;
        sheet.Cell(row, 2).Style.Font.Bold = true;
        sheet.Range(row, 2, row, 6).Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Center;
        if (kpi.Target is not { } target)
        {
            return;
        }

        // Against the target cell, so a manager who edits a target sees the colours follow.
        var value = sheet.Cell(row, 2);
        var (worse, better) = target.HigherIsBetter ? ("<", ">=") : (">", "<=");
        value.AddConditionalFormat().WhenIsTrue($"AND(ISNUMBER(B{row}),B{row}{worse}C{row})")
            .Fill.SetBackgroundColor(ReportStyles.BadFill).Font.SetFontColor(ReportStyles.BadFont);
        value.AddConditionalFormat().WhenIsTrue($"AND(ISNUMBER(B{row}),B{row}{better}C{row})")
            .Fill.SetBackgroundColor(ReportStyles.GoodFill).Font.SetFontColor(ReportStyles.GoodFont);
        var change = sheet.Cell(row, 5);
        var (improved, worsened) = target.HigherIsBetter ? (">0", "<0") : ("<0", ">0");
        change.AddConditionalFormat().WhenIsTrue($"AND(ISNUMBER(E{row}),E{row}{improved})").Font.SetFontColor(ReportStyles.GoodFont);
        change.AddConditionalFormat().WhenIsTrue($"AND(ISNUMBER(E{row}),E{row}{worsened})").Font.SetFontColor(ReportStyles.BadFont);
        var status = sheet.Cell(row, 6);
        status.Style.Font.FontColor = target.Misses(kpi.Value) ? ReportStyles.BadFont : ReportStyles.GoodFont;
    }

    /// <returns>The last row of the table.</returns>
    private int WriteRuleTable(IXLWorksheet sheet, int row, ManagementReportData data)
    {
        var title = sheet.Cell(row, 1);
        SafeCell.Text(title, "Нарушения по правилам");
        title.Style.Font.Bold = true;
        title.Style.Font.FontSize = 12;
        title.Style.Font.FontColor = ReportStyles.HeaderFill;
        ruleHeaderRow = row + 1;
        // Every known rule is listed, with zeros, so a clean period reads as «0», not as a missing table.
        var rules = data.Rules.ToList();
        rules.AddRange(KnownRules.Where(k => rules.All(r => r.Rule != k.Rule)).Select(k => new RuleTotal(k.Rule, k.Critical, 0, 0)));
        ruleCount = rules.Count;
        var calls = data.Total.Calls;
        TableColumn<RuleTotal>[] columns =
        [
            new("Правило", 50, r => RussianLabels.Rule(r.Rule)),
            new("Критичное", 14, r => r.Critical ? "да" : "нет"),
            new("Нарушений", 14, r => r.Violations, ReportStyles.Integer),
            new("Звонков", 16, r => r.Calls, ReportStyles.Integer),
            new("Доля звонков", 14, r => calls > 0 ? (double)r.Calls / calls : null, ReportStyles.Percent),
        ];
        for (var c = 0; c < columns.Length; c++)
        {
            SafeCell.Text(sheet.Cell(ruleHeaderRow, c + 1), columns[c].Header);
        }

        ReportStyles.Header(sheet.Range(ruleHeaderRow, 1, ruleHeaderRow, columns.Length));
        for (var r = 0; r < rules.Count; r++)
        {
            for (var c = 0; c < columns.Length; c++)
            {
                var cell = sheet.Cell(ruleHeaderRow + 1 + r, c + 1);
                SafeCell.Value(cell, columns[c].Value(rules[r]));
                if (columns[c].Format is { } format)
                {
                    cell.Style.NumberFormat.Format = format;
                }
            }
        }

        var last = ruleHeaderRow + rules.Count;
        var table = sheet.Range(ruleHeaderRow, 1, last, columns.Length);
        table.Style.Border.InsideBorder = XLBorderStyleValues.Thin;
        table.Style.Border.InsideBorderColor = ReportStyles.Border;
        table.Style.Border.OutsideBorder = XLBorderStyleValues.Thin;
        table.Style.Border.OutsideBorderColor = ReportStyles.Border;
        return last;
    }

    private IEnumerable<ChartSpec> SummaryCharts(ManagementReportData data, int top, int teamRows)
    {
        const int height = 18;
        var firstDay = ManagementSheets.HeaderRow + 1;
        var lastDay = ManagementSheets.HeaderRow + data.Days.Count;
        var days = data.Days.Select(d => d.Day).ToList();
        yield return new ChartSpec(
            ManagementSheets.Summary, "Средняя оценка качества по дням", ChartKind.Line,
            ChartSpec.Reference(ManagementSheets.Trend, "A", firstDay, lastDay),
            days.Select(d => d.ToString("dd.MM", System.Globalization.CultureInfo.InvariantCulture)).ToList(),
            [
                new ChartSeries("Средняя оценка", ChartSpec.Reference(ManagementSheets.Trend, "C", firstDay, lastDay),
                    data.Days.Select(d => d.Figures?.Overall).ToList(), ReportStyles.MainColor),
                new ChartSeries("Цель", ChartSpec.Reference(ManagementSheets.Trend, "D", firstDay, lastDay),
                    data.Days.Select(_ => (double?)options.OverallScoreTarget).ToList(), ReportStyles.TargetColor),
            ],
            (0, top - 1), (SummaryColumns, top - 1 + height), "0", days);

        if (teamRows > 0)
        {
            var first = ManagementSheets.HeaderRow + 1;
            var last = ManagementSheets.HeaderRow + teamRows;
            yield return new ChartSpec(
                ManagementSheets.Summary, "Структура оценок по командам", ChartKind.PercentStackedColumn,
                ChartSpec.Reference(ManagementSheets.Teams, "A", first, last),
                data.Teams.Select(t => RussianLabels.OrNotSpecified(t.Key)).ToList(),
                [
                    new ChartSeries(RussianLabels.Verdict(Verdicts.Pass), ChartSpec.Reference(ManagementSheets.Teams, "E", first, last), data.Teams.Select(t => (double?)t.Pass).ToList(), ReportStyles.PassColor),
                    new ChartSeries(RussianLabels.Verdict(Verdicts.Coach), ChartSpec.Reference(ManagementSheets.Teams, "F", first, last), data.Teams.Select(t => (double?)t.Coach).ToList(), ReportStyles.CoachColor),
                    new ChartSeries(RussianLabels.Verdict(Verdicts.Fail), ChartSpec.Reference(ManagementSheets.Teams, "G", first, last), data.Teams.Select(t => (double?)t.Fail).ToList(), ReportStyles.FailColor),
                ],
                (0, top + height), (SummaryColumns, top + 2 * height), "0");
        }

        var rulesFirst = ruleHeaderRow + 1;
        var rulesLast = ruleHeaderRow + ruleCount;
        var ruleValues = Enumerable.Range(rulesFirst, ruleCount).Select(_ => (double?)null).ToList();
        var ruleLabels = new List<string>();
        var known = data.Rules.ToDictionary(r => r.Rule, StringComparer.Ordinal);
        // The cache mirrors the table written above, row for row.
        var listed = data.Rules.Select(r => r.Rule)
            .Concat(KnownRules.Select(k => k.Rule).Where(r => !known.ContainsKey(r)))
            .ToList();
        for (var i = 0; i < listed.Count; i++)
        {
            ruleLabels.Add(RussianLabels.Rule(listed[i]));
            ruleValues[i] = known.TryGetValue(listed[i], out var total) ? total.Violations : 0;
        }

        yield return new ChartSpec(
            ManagementSheets.Summary, "Нарушения по правилам", ChartKind.Bar,
            ChartSpec.Reference(ManagementSheets.Summary, "A", rulesFirst, rulesLast), ruleLabels,
            [new ChartSeries("Нарушений", ChartSpec.Reference(ManagementSheets.Summary, "C", rulesFirst, rulesLast), ruleValues, ReportStyles.FailColor)],
            (0, top + 2 * height + 1), (SummaryColumns, top + 2 * height + 1 + Math.Max(10, 4 + 2 * ruleCount)), "0");
    }
}
