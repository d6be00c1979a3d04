using QualityAnalytics.Pipeline.Storage;
using System.Data.Common;
using Dapper;
using QualityAnalytics.Models.Calls;
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

        // Evidence for every operator at once: a handful of queries however many operators have gaps.
        await using var connection = await factory.OpenAsync(cancellationToken);
        var broken = (await QueryEvidenceAsync(connection, period, """
            SELECT c.call_id AS CallId, {date} AS CallDate, c.operator_id AS OperatorId, v.[rule] AS Id,
                   v.start_s AS StartS, v.quote AS Quote
            FROM violations v
            JOIN call_scores s ON s.call_id = v.call_id AND s.script_version = v.script_version AND s.is_current = 1
            JOIN calls c ON c.call_id = v.call_id
            WHERE c.call_date BETWEEN @From AND @To
            ORDER BY c.call_date DESC, c.call_id, v.seq
            """, cancellationToken)).ToLookup(e => (e.OperatorId, e.Id));
        var skipped = (await QueryEvidenceAsync(connection, period, $$"""
            SELECT c.call_id AS CallId, {date} AS CallDate, c.operator_id AS OperatorId, r.stage_id AS Id
            FROM stage_results r
            JOIN call_scores s ON s.call_id = r.call_id AND s.script_version = r.script_version AND s.is_current = 1
            JOIN calls c ON c.call_id = r.call_id
            WHERE c.call_date BETWEEN @From AND @To AND r.required = 1 AND r.done = 0 AND c.transcript_source <> '{{TranscriptSourceNames.None}}'
            ORDER BY c.call_date DESC, c.call_id
            """, cancellationToken)).ToLookup(e => (e.OperatorId, e.Id));

        var picked = plans.ToDictionary(p => p.OperatorId, p => p.Gaps.ToDictionary(
            g => (g.Kind, g.Id),
            g => (g.Kind == GapKind.Rule ? broken : skipped)[(p.OperatorId, g.Id)].DistinctBy(e => e.CallId).Take(ExamplesPerGap).ToList()));
        var stageCalls = picked.Values.SelectMany(gaps => gaps.Where(g => g.Key.Kind == GapKind.Stage).SelectMany(g => g.Value))
            .Select(e => e.CallId).Distinct(StringComparer.Ordinal).ToList();
        var lines = await OperatorLinesAsync(connection, stageCalls, cancellationToken);

        var withExamples = plans.Select(plan => plan with
        {
            Gaps = plan.Gaps.Select(gap => gap with
            {
                Examples = picked[plan.OperatorId][(gap.Kind, gap.Id)]
                    .Select(e => ExampleText(gap.Kind == GapKind.Stage ? StageEvidence(e, lines) : e, gap.Kind))
                    .ToList(),
            }).ToList(),
        }).ToList();

        return new TrainingReportData
        {
            Period = period,
            GeneratedAt = time.GetLocalNow(),
            Plans = withExamples,
            OperatorsJudged = operators.Count,
            CallsWithoutText = await CountCallsWithoutTextAsync(period, cancellationToken),
        };
    }

    private async Task<List<EvidenceRow>> QueryEvidenceAsync(DbConnection connection, ReportPeriod period, string sql, CancellationToken cancellationToken)
    {
        var dialect = factory.Dialect;
        var rows = await connection.QueryAsync<EvidenceRow>(new CommandDefinition(
            sql.Replace("{date}", SqlDates.AsText(dialect, "c.call_date"), StringComparison.Ordinal),
            new { From = SqlDates.Param(dialect, period.From), To = SqlDates.Param(dialect, period.To) },
            cancellationToken: cancellationToken));
        return rows.AsList();
    }

    /// <summary>The operator lines of the given calls, in order; in chunks, as SQL Server takes at most 2,100 parameters.</summary>
    private static async Task<ILookup<string, SegmentLine>> OperatorLinesAsync(DbConnection connection, List<string> callIds, CancellationToken cancellationToken)
    {
        var lines = new List<SegmentLine>();
        foreach (var chunk in callIds.Chunk(500))
        {
            lines.AddRange(await connection.QueryAsync<SegmentLine>(new CommandDefinition("""
                SELECT call_id AS CallId, seq AS Seq, start_s AS Start, text AS Text FROM segments
                WHERE call_id IN @Ids AND speaker = 'operator'
                """, new { Ids = chunk }, cancellationToken: cancellationToken)));
        }

        return lines.OrderBy(l => l.Seq).ToLookup(l => l.CallId, StringComparer.Ordinal);
    }

    /// <summary>A skipped stage has no quote of its own; what the operator said where it belonged is the evidence:
    /// the first operator line for the opening stages, the last one for the closing stages.</summary>
    private static EvidenceRow StageEvidence(EvidenceRow example, ILookup<string, SegmentLine> lines)
    {
        var opening = example.Id is StageIds.Greeting or StageIds.Identification or StageIds.NeedClarification;
        var said = lines[example.CallId];
        var line = opening ? said.FirstOrDefault() : said.LastOrDefault();
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
