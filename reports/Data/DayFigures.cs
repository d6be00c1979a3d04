namespace QualityAnalytics.Reports.Data;

/// <summary>The whole centre's figures of one day; <see cref="Figures"/> is null on a day without calls.</summary>
public sealed record DayFigures(DateOnly Day, PeriodFigures? Figures);
