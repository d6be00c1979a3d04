using System.Data.Common;
using Dapper;
using QualityAnalytics.Models.Judgement;
using QualityAnalytics.Pipeline.Aggregation;
using QualityAnalytics.Reports.Excel;
using QualityAnalytics.Reports.Training;

namespace QualityAnalytics.Reports.Data;

public sealed partial class ReportDataSource
{
    private const int ExamplesPerGap = 3;

    public async Task<TrainingReportData> LoadTrainingAsync(ReportPeriod period, TrainingPlanner planner, CancellationToken cancellationToken)
    {
        var rows = await aggregates.LoadDailyAsync(period.From, period.To, cancellationToken);
        var operators = PeriodFigures.ByKey(rows, AggregateDimensions.Operator);
        var plans = planner.Plan(
            operators,
            PeriodFigures.ByKey(rows, AggregateDimensions.Team),
            await aggregates.LoadStagesAsync(period.From, period.To, cancellationToken),
            await aggregates.LoadViolationsAsync(period.From, period.To, cancellationToken));

        await using var connection = await factory.OpenAsync(cancellationToken);
        var withExamples = new List<OperatorPlan>(plans.Count);
        foreach (var plan in plans)
        {
            withExamples.Add(plan with { Gaps = await WithExamplesAsync(connection, period, plan, cancellationToken) });
        }

        return new TrainingReportData
        {
            Period = period,
            GeneratedAt = time.GetLocalNow(),
            Plans = withExamples,
            OperatorsJudged = operators.Count,
        };
    }

    private async Task<List<TrainingGap>> WithExamplesAsync(DbConnection connection, ReportPeriod period, OperatorPlan plan, CancellationToken cancellationToken)
    {
        var dialect = factory.Dialect;
        var args = new { Operator = plan.OperatorId, From = SqlDates.Param(dialect, period.From), To = SqlDates.Param(dialect, period.To) };
        var broken = (await connection.QueryAsync<EvidenceRow>(new CommandDefinition($"""
            SELECT c.call_id AS CallId, {SqlDates.AsText(dialect, "c.call_date")} AS CallDate, v.[rule] AS Id,
                   v.start_s AS StartS, v.quote AS Quote
            FROM violations v
            JOIN call_scores s ON s.call_id = v.call_id AND s.script_version = v.script_version AND s.is_current = 1
            JOIN calls c ON c.call_id = v.call_id
            WHERE c.operator_id = @Operator AND c.call_date BETWEEN @From AND @To
            ORDER BY c.call_date DESC, c.call_id, v.seq
            """, args, cancellationToken: cancellationToken))).ToList();
        var skipped = (await connection.QueryAsync<EvidenceRow>(new CommandDefinition($"""
            SELECT c.call_id AS CallId, {SqlDates.AsText(dialect, "c.call_date")} AS CallDate, r.stage_id AS Id
            FROM stage_results r
            JOIN call_scores s ON s.call_id = r.call_id AND s.script_version = r.script_version AND s.is_current = 1
            JOIN calls c ON c.call_id = r.call_id
            WHERE c.operator_id = @Operator AND c.call_date BETWEEN @From AND @To AND r.required = 1 AND r.done = 0
            ORDER BY c.call_date DESC, c.call_id
            """, args, cancellationToken: cancellationToken))).ToList();

        var gaps = new List<TrainingGap>();
        foreach (var gap in plan.Gaps)
        {
            var source = gap.Kind == GapKind.Rule ? broken : skipped;
            var picked = source.Where(e => e.Id == gap.Id).DistinctBy(e => e.CallId).Take(ExamplesPerGap).ToList();
            var examples = new List<string>();
            foreach (var example in picked)
            {
                var evidence = gap.Kind == GapKind.Rule ? example : await StageEvidenceAsync(connection, example, cancellationToken);
                examples.Add(ExampleText(evidence, gap.Kind));
            }

            gaps.Add(gap with { Examples = examples });
        }

        return gaps;
    }

    /// <summary>A skipped stage has no quote of its own; what the operator said where it belonged is the evidence:
    /// the first operator line for the opening stages, the last one for the closing stages.</summary>
    private static async Task<EvidenceRow> StageEvidenceAsync(DbConnection connection, EvidenceRow example, CancellationToken cancellationToken)
    {
        var opening = example.Id is StageIds.Greeting or StageIds.Identification or StageIds.NeedClarification;
        var line = await connection.QueryFirstOrDefaultAsync<SegmentLine>(new CommandDefinition($"""
            SELECT start_s AS Start, text AS Text FROM segments
            WHERE call_id = @CallId AND speaker = 'operator'
            ORDER BY seq {(opening ? "ASC" : "DESC")}
            """, new { example.CallId }, cancellationToken: cancellationToken));
        return line is null ? example : example with { StartS = line.Start, Quote = line.Text };
    }

    private static string ExampleText(EvidenceRow row, GapKind kind)
    {
        var day = SqlDates.Parse(row.CallDate).ToString("dd.MM.yyyy", System.Globalization.CultureInfo.InvariantCulture);
        var head = $"{row.CallId} · {day} · {RussianLabels.TimeCode(row.StartS)}";
        if (string.IsNullOrWhiteSpace(row.Quote))
        {
            return kind == GapKind.Stage ? $"{head} — этап не выполнен" : head;
        }

        var quote = Pipeline.Privacy.PersonalDataMasker.Mask(row.Quote.Trim());
        const int maxQuote = 160;
        if (quote.Length > maxQuote)
        {
            quote = quote[..maxQuote].TrimEnd() + "…";
        }

        return $"{head} — «{quote}»";
    }
}
