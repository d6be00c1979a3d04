using QualityAnalytics.Reports.Training;

namespace QualityAnalytics.Reports.Data;

/// <summary>Everything the training workbook shows.</summary>
public sealed record TrainingReportData
{
    public required ReportPeriod Period { get; init; }
    public required DateTimeOffset GeneratedAt { get; init; }
    public required IReadOnlyList<OperatorPlan> Plans { get; init; }

    /// <summary>Operators with calls in the period, with or without gaps.</summary>
    public required int OperatorsJudged { get; init; }

    /// <summary>Calls of the period with a recording but no text, judged on no words (see the management summary).</summary>
    public int CallsWithoutText { get; init; }
}
