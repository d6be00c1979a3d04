namespace QualityAnalytics.Reports.Charts;

internal enum ChartKind
{
    /// <summary>Lines over categories (a trend by day).</summary>
    Line,

    /// <summary>Horizontal bars, one per category (counts by rule).</summary>
    Bar,

    /// <summary>Vertical columns stacked to 100 % (a mix per team).</summary>
    PercentStackedColumn,
}
