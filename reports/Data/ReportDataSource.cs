using Dapper;
using QualityAnalytics.Models.Calls;
using QualityAnalytics.Pipeline.Aggregation;
using QualityAnalytics.Pipeline.Storage;

namespace QualityAnalytics.Reports.Data;

/// <summary>Reads what the reports show: period figures from the daily aggregates, evidence from the stored results.</summary>
public sealed partial class ReportDataSource(IDbConnectionFactory factory, AggregateStore aggregates, TimeProvider time)
{
    public async Task<ManagementReportData> LoadManagementAsync(ReportPeriod period, CancellationToken cancellationToken)
    {
        var rows = await aggregates.LoadDailyAsync(period.From, period.To, cancellationToken);
        var previous = await aggregates.LoadDailyAsync(period.Previous.From, period.Previous.To, cancellationToken);
        var violations = await aggregates.LoadViolationsAsync(period.From, period.To, cancellationToken);
        var all = rows.Where(r => r.Dimension == AggregateDimensions.All).ToList();
        var byDay = all.ToDictionary(r => r.CallDate, StringComparer.Ordinal);
        return new ManagementReportData
        {
            Period = period,
            GeneratedAt = time.GetLocalNow(),
            Total = PeriodFigures.Combine("", all),
            PreviousTotal = PeriodFigures.Combine("", previous.Where(r => r.Dimension == AggregateDimensions.All).ToList()),
            Operators = PeriodFigures.ByKey(rows, AggregateDimensions.Operator),
            Teams = PeriodFigures.ByKey(rows, AggregateDimensions.Team),
            Categories = PeriodFigures.ByKey(rows, AggregateDimensions.ServiceCategory),
            Topics = PeriodFigures.ByKey(rows, AggregateDimensions.Topic),
            Days = period.EachDay()
                .Select(day => new DayFigures(day, byDay.TryGetValue(SqlDates.Text(day), out var r) ? PeriodFigures.Combine("", [r]) : null))
                .ToList(),
            Rules = violations.Where(v => v.Dimension == AggregateDimensions.All)
                .GroupBy(v => v.Rule, StringComparer.Ordinal)
                .Select(g => new RuleTotal(g.Key, g.Any(v => v.Critical), g.Sum(v => v.Violations), g.Sum(v => v.Calls)))
                .OrderByDescending(r => r.Critical).ThenByDescending(r => r.Violations).ThenBy(r => r.Rule, StringComparer.Ordinal)
                .ToList(),
            CriticalViolations = await LoadCriticalViolationsAsync(period, cancellationToken),
            CallsWithoutText = await CountCallsWithoutTextAsync(period, cancellationToken),
        };
    }

    /// <summary>Calls judged on no words: their recording had no text (no speech recogniser model configured).</summary>
    private async Task<int> CountCallsWithoutTextAsync(ReportPeriod period, CancellationToken cancellationToken)
    {
        var dialect = factory.Dialect;
        await using var connection = await factory.OpenAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<int>(new CommandDefinition($"""
            SELECT COUNT(*) FROM calls c
            JOIN call_scores s ON s.call_id = c.call_id AND s.is_current = 1
            WHERE c.transcript_source = '{TranscriptSourceNames.None}' AND c.call_date BETWEEN @From AND @To
            """, new { From = SqlDates.Param(dialect, period.From), To = SqlDates.Param(dialect, period.To) },
            cancellationToken: cancellationToken));
    }

    private async Task<List<CriticalViolationRow>> LoadCriticalViolationsAsync(ReportPeriod period, CancellationToken cancellationToken)
    {
        var dialect = factory.Dialect;
        await using var connection = await factory.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<CriticalViolationRow>(new CommandDefinition($"""
            SELECT c.call_id AS CallId, {SqlDates.AsText(dialect, "c.call_date")} AS CallDate, c.started_at AS StartedAt,
                   c.operator_id AS OperatorId, c.operator_name AS OperatorName, c.team AS Team,
                   c.service_category AS ServiceCategory, v.[rule] AS [Rule], v.start_s AS StartS, v.quote AS Quote
            FROM violations v
            JOIN call_scores s ON s.call_id = v.call_id AND s.script_version = v.script_version AND s.is_current = 1
            JOIN calls c ON c.call_id = v.call_id
            WHERE v.critical = 1 AND c.call_date BETWEEN @From AND @To
            ORDER BY c.call_date, c.started_at, c.call_id, v.seq
            """, new { From = SqlDates.Param(dialect, period.From), To = SqlDates.Param(dialect, period.To) },
            cancellationToken: cancellationToken));
        return rows.AsList();
    }
}
