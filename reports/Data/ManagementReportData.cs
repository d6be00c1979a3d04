namespace QualityAnalytics.Reports.Data;

/// <summary>Everything the management workbook shows, read once from the database.</summary>
public sealed record ManagementReportData
{
    public required ReportPeriod Period { get; init; }
    public required DateTimeOffset GeneratedAt { get; init; }
    public required PeriodFigures Total { get; init; }
    public required PeriodFigures PreviousTotal { get; init; }
    public required IReadOnlyList<PeriodFigures> Operators { get; init; }
    public required IReadOnlyList<PeriodFigures> Teams { get; init; }
    public required IReadOnlyList<PeriodFigures> Categories { get; init; }
    public required IReadOnlyList<PeriodFigures> Topics { get; init; }
    public required IReadOnlyList<DayFigures> Days { get; init; }
    public required IReadOnlyList<RuleTotal> Rules { get; init; }
    public required IReadOnlyList<CriticalViolationRow> CriticalViolations { get; init; }

    /// <summary>Calls of the period with a recording but no text (transcript_source none: no Whisper model).</summary>
    public int CallsWithoutText { get; init; }
}
