using ClosedXML.Excel;
using QualityAnalytics.Reports.Data;
using QualityAnalytics.Reports.Excel;

namespace QualityAnalytics.Reports.Training;

/// <summary>The training workbook: an overview ranked by priority, the demand per module, and one sheet per team
/// for its lead with every gap, the team's figure beside the operator's, examples and the module to take.</summary>
internal sealed class TrainingReportBuilder(ReportOptions options)
{
    private const int HeaderRow = 4;

    public void Write(TrainingReportData data, string path)
    {
        using var workbook = ReportStyles.NewWorkbook();
        WriteOverview(workbook.AddWorksheet("Обзор"), data);
        WriteModules(workbook.AddWorksheet("Модули"), data);
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "Обзор", "Модули" };
        foreach (var team in data.Plans.GroupBy(p => p.Team).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            WriteTeam(workbook.AddWorksheet(SheetName(team.Key, names)), data, team.Key, team.ToList());
        }

        workbook.Worksheet(1).SetTabActive();
        workbook.SaveAs(path);
    }

    private string Subtitle(TrainingReportData data) =>
        $"Период {data.Period.Russian} · сформирован {data.GeneratedAt:dd.MM.yyyy HH:mm} · операторов с звонками: {data.OperatorsJudged}, с рекомендациями: {data.Plans.Count}"
        + (data.CallsWithoutText > 0
            ? $" · звонков без текста: {data.CallsWithoutText} — в пробелах по этапам не учтены, но входят в среднюю оценку и долю «Норма»"
            : "");

    private void WriteOverview(IXLWorksheet sheet, TrainingReportData data)
    {
        ReportStyles.Title(sheet, "Рекомендации по обучению операторов", Subtitle(data), 8);
        TableColumn<OperatorPlan>[] columns =
        [
            new("Приоритет", 11, p => p.Priority),
            new("Оператор", 24, p => p.Name),
            new("ID оператора", 12, p => p.OperatorId),
            new("Команда", 12, p => p.Team),
            new("Звонков", 9, p => p.Calls, ReportStyles.Integer),
            new("Средняя оценка", 10, p => p.Overall, ReportStyles.Score, TargetRule.AtLeast(options.OverallScoreTarget)),
            new("Доля «Норма»", 10, p => p.PassRate, ReportStyles.Percent, TargetRule.AtLeast(options.PassRateTarget)),
            new("Главные пробелы", 42, p => string.Join("\n", p.Gaps.Take(3).Select(GapName))) { Wrap = true },
            new("Рекомендуемые модули", 48, p => string.Join("\n", p.Gaps.Select(g => g.Module.Module).Distinct().Take(3))) { Wrap = true },
            new("Затронуто звонков", 11, p => p.Gaps.Select(g => g.AffectedCalls).DefaultIfEmpty().Max(), ReportStyles.Integer),
        ];
        TableWriter.Write(sheet, HeaderRow, columns, data.Plans, "Пробелов, требующих обучения, за период не выявлено.");
        HighlightPriority(sheet, data.Plans.Count, column: 1);
    }

    private static void WriteModules(IXLWorksheet sheet, TrainingReportData data)
    {
        ReportStyles.Title(sheet, "Потребность в модулях обучения", "Сколько операторов направить на каждый модуль", 6);
        var demand = data.Plans
            .SelectMany(p => p.Gaps.Select(g => (Plan: p, Gap: g)))
            .GroupBy(x => x.Gap.Module.Module, StringComparer.Ordinal)
            .Select(g => new ModuleDemand(
                g.First().Gap.Module,
                g.Select(x => GapName(x.Gap)).Distinct().Order(StringComparer.Ordinal).ToList(),
                g.Select(x => x.Plan.OperatorId).Distinct().Count(),
                g.Sum(x => x.Gap.AffectedCalls),
                g.Where(x => x.Plan.PriorityRank == 0).Select(x => x.Plan.OperatorId).Distinct().Count()))
            .OrderByDescending(d => d.Operators).ThenBy(d => d.Module.Module, StringComparer.Ordinal)
            .ToList();
        TableColumn<ModuleDemand>[] columns =
        [
            new("Модуль", 44, d => d.Module.Module) { Wrap = true },
            new("Причина", 36, d => string.Join("\n", d.Reasons)) { Wrap = true },
            new("Операторов", 11, d => d.Operators, ReportStyles.Integer),
            new("Из них с высоким приоритетом", 13, d => d.HighPriority, ReportStyles.Integer),
            new("Затронуто звонков", 11, d => d.AffectedCalls, ReportStyles.Integer),
            new("Длительность, ч", 11, d => d.Module.Hours, "0.#"),
            new("Содержание", 50, d => d.Module.Description) { Wrap = true },
        ];
        TableWriter.Write(sheet, HeaderRow, columns, demand, "Обучение за период не требуется.");
    }

    private void WriteTeam(IXLWorksheet sheet, TrainingReportData data, string team, IReadOnlyList<OperatorPlan> plans)
    {
        ReportStyles.Title(sheet, $"{TeamTitle(team)}: план обучения для руководителя группы", Subtitle(data), 8);
        var rows = plans.SelectMany(p => p.Gaps.Select(g => new TrainingRow(p, g))).ToList();
        TableColumn<TrainingRow>[] columns =
        [
            new("Приоритет", 11, r => r.Plan.Priority),
            new("Оператор", 22, r => r.Plan.Name) { Wrap = true },
            new("Пробел", 28, r => GapName(r.Gap)) { Wrap = true },
            new("Доля звонков с пробелом: оператор", 13, r => r.Gap.OperatorRate, ReportStyles.Percent),
            new("То же в команде", 11, r => r.Gap.TeamRate, ReportStyles.Percent),
            new("Затронуто звонков", 10, r => r.Gap.AffectedCalls, ReportStyles.Integer),
            new("Рекомендуемый модуль", 34, r => r.Gap.Module.Module) { Wrap = true },
            new("Примеры звонков: звонок · дата · тайм-код — цитата (персональные данные скрыты)", 70,
                r => string.Join("\n", r.Gap.Examples)) { Wrap = true },
        ];
        TableWriter.Write(sheet, HeaderRow, columns, rows);
        HighlightPriority(sheet, rows.Count, column: 1);
        // The operator's share worse than the team's is what the lead should look at first.
        if (rows.Count > 0)
        {
            sheet.Range(HeaderRow + 1, 4, HeaderRow + rows.Count, 4).AddConditionalFormat()
                .WhenIsTrue($"AND(ISNUMBER(D{HeaderRow + 1}),ISNUMBER(E{HeaderRow + 1}),D{HeaderRow + 1}>E{HeaderRow + 1})")
                .Fill.SetBackgroundColor(ReportStyles.BadFill).Font.SetFontColor(ReportStyles.BadFont);
        }
    }

    /// <summary>«Команда Север»; a team already named «Команда А» keeps its name; no team reads «Без команды».</summary>
    private static string TeamTitle(string team) =>
        team == RussianLabels.NotSpecified ? "Без команды"
        : team.StartsWith("Команда", StringComparison.OrdinalIgnoreCase) ? team
        : $"Команда {team}";

    private static string GapName(TrainingGap gap) => gap.Kind == GapKind.Stage
        ? $"Этап «{RussianLabels.Stage(gap.Id)}» пропущен"
        : $"Нарушение «{RussianLabels.Rule(gap.Id)}»{(gap.Critical ? " (критичное)" : "")}";

    private static void HighlightPriority(IXLWorksheet sheet, int rows, int column)
    {
        if (rows == 0)
        {
            return;
        }

        var range = sheet.Range(HeaderRow + 1, column, HeaderRow + rows, column);
        var first = sheet.Cell(HeaderRow + 1, column).Address.ToStringRelative();
        range.AddConditionalFormat().WhenIsTrue($"{first}=\"Высокий\"")
            .Fill.SetBackgroundColor(ReportStyles.BadFill).Font.SetFontColor(ReportStyles.BadFont);
        range.Style.Font.Bold = true;
    }

    /// <summary>Excel allows 31 characters and no []:*?/\ in a sheet name, and names must differ.</summary>
    private static string SheetName(string team, HashSet<string> taken)
    {
        var clean = new string(TeamTitle(team).Select(ch => "[]:*?/\\".Contains(ch) ? '_' : ch).ToArray());
        var name = clean.Length > 31 ? clean[..31] : clean;
        for (var n = 2; !taken.Add(name); n++)
        {
            var suffix = $" ({n})";
            name = (clean.Length > 31 - suffix.Length ? clean[..(31 - suffix.Length)] : clean) + suffix;
        }

        return name;
    }
}
