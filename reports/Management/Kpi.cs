using QualityAnalytics.Reports.Excel;

namespace QualityAnalytics.Reports.Management;

/// <summary>One line of the summary: a measure for the period, its target and the previous period.</summary>
/// <param name="Scale">Multiplies stored values into cell values (1/86400 for durations shown as м:сс).</param>
/// <param name="ChangeScale">Multiplies the difference for the change column (100 for shares: percentage points).</param>
internal sealed record Kpi(
    string Name,
    double? Value,
    double? Previous,
    TargetRule? Target,
    string Format,
    string ChangeFormat,
    double Scale = 1,
    double ChangeScale = 1)
{
    public const string PointsFormat = "+0.0\" п.п.\";-0.0\" п.п.\";0.0\" п.п.\"";
    public const string ScoreChange = "+0.0;-0.0;0.0";
    public const string SecondsChange = "+0.0\" с\";-0.0\" с\";0.0\" с\"";
    public const string CountChange = "+#,##0;-#,##0;0";

    public string Status => Value is null ? "нет данных"
        : Target is null ? "—"
        : Target.Misses(Value) ? (Target.HigherIsBetter ? "ниже цели" : "выше допустимого")
        : "в норме";
}
