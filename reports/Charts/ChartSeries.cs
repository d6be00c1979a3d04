namespace QualityAnalytics.Reports.Charts;

/// <summary>One series: its name, the cells it reads (e.g. <c>'Динамика'!$C$2:$C$8</c>), a copy of their values
/// for the chart's cache (shown before a reader recalculates), and its colour as RRGGBB.</summary>
internal sealed record ChartSeries(string Name, string ValuesReference, IReadOnlyList<double?> Values, string Color);
