using System.Data.Common;
using Dapper;
using QualityAnalytics.Pipeline.Storage;

namespace QualityAnalytics.Pipeline.Aggregation;

/// <summary>Reads the current judgements that aggregation needs and replaces whole days of aggregates.</summary>
public sealed partial class AggregateStore(IDbConnectionFactory factory)
{
    public SqlDialect Dialect => factory.Dialect;

    public async Task<(List<CallFact> Calls, List<ViolationFact> Violations, List<StageFact> Stages)> LoadFactsAsync(
        DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        var dialect = factory.Dialect;
        var range = new { From = SqlDates.Param(dialect, from), To = SqlDates.Param(dialect, to) };
        await using var connection = await factory.OpenAsync(cancellationToken);
        // Ordered by call id so that floating-point sums run in the same order on every recompute.
        var calls = await connection.QueryAsync<CallFact>(new CommandDefinition($"""
            SELECT c.call_id AS CallId, {SqlDates.AsText(dialect, "c.call_date")} AS CallDate, c.started_at AS StartedAt,
                   c.operator_id AS OperatorId, c.operator_name AS OperatorName, c.team AS Team, c.caller_id AS CallerId,
                   c.service_category AS ServiceCategory, s.topic AS Topic, s.resolution AS Resolution, s.verdict AS Verdict,
                   s.overall AS Overall, s.adherence AS Adherence, s.speed AS Speed, s.resolution_score AS ResolutionScore,
                   COALESCE(s.queue_wait_s, c.queue_wait_s) AS QueueWaitS, s.mean_response_s AS MeanResponseS,
                   s.p95_response_s AS P95ResponseS, s.dead_air_ratio AS DeadAirRatio, s.handle_s AS HandleS,
                   COALESCE(s.hold_s, c.hold_s) AS HoldS
            FROM calls c JOIN call_scores s ON s.call_id = c.call_id AND s.is_current = 1
            WHERE c.call_date BETWEEN @From AND @To
            ORDER BY c.call_id
            """, range, cancellationToken: cancellationToken));
        var violations = await connection.QueryAsync<ViolationFact>(new CommandDefinition("""
            SELECT v.call_id AS CallId, v.[rule] AS [Rule], v.critical AS Critical
            FROM violations v
            JOIN call_scores s ON s.call_id = v.call_id AND s.script_version = v.script_version AND s.is_current = 1
            JOIN calls c ON c.call_id = v.call_id
            WHERE c.call_date BETWEEN @From AND @To
            ORDER BY v.call_id, v.seq
            """, range, cancellationToken: cancellationToken));
        var stages = await connection.QueryAsync<StageFact>(new CommandDefinition("""
            SELECT r.call_id AS CallId, r.stage_id AS StageId, r.done AS Done
            FROM stage_results r
            JOIN call_scores s ON s.call_id = r.call_id AND s.script_version = r.script_version AND s.is_current = 1
            JOIN calls c ON c.call_id = r.call_id
            WHERE c.call_date BETWEEN @From AND @To AND r.required = 1
            ORDER BY r.call_id, r.ordinal
            """, range, cancellationToken: cancellationToken));
        return (calls.AsList(), violations.AsList(), stages.AsList());
    }

    /// <summary>Deletes every aggregate row of the given days and inserts the new ones, in one transaction.</summary>
    public async Task ReplaceDaysAsync(IReadOnlyCollection<DateOnly> days, AggregateSet set, CancellationToken cancellationToken)
    {
        var dialect = factory.Dialect;
        await using var connection = await factory.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var dayParams = days.Select(d => new { Day = SqlDates.Param(dialect, d) }).ToList();
        foreach (var table in new[] { "agg_daily", "agg_daily_violations", "agg_daily_stages" })
        {
            await connection.ExecuteAsync(new CommandDefinition(
                $"DELETE FROM {table} WHERE call_date = @Day", dayParams, transaction, cancellationToken: cancellationToken));
        }

        await InsertAsync(connection, transaction, InsertDaily, set.Daily.Select(r => WithDate(r, r.CallDate)), cancellationToken);
        await InsertAsync(connection, transaction, InsertViolations, set.Violations.Select(r => WithDate(r, r.CallDate)), cancellationToken);
        await InsertAsync(connection, transaction, InsertStages, set.Stages.Select(r => WithDate(r, r.CallDate)), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    private static async Task InsertAsync(
        DbConnection connection, DbTransaction transaction, string sql, IEnumerable<DynamicParameters> rows, CancellationToken cancellationToken) =>
        await connection.ExecuteAsync(new CommandDefinition(sql, rows.ToList(), transaction, cancellationToken: cancellationToken));

    /// <summary>The row's own properties, with the date converted for the dialect.</summary>
    private DynamicParameters WithDate(object row, string day)
    {
        var parameters = new DynamicParameters(row);
        parameters.Add("Day", SqlDates.Param(factory.Dialect, day));
        return parameters;
    }

    private const string InsertDaily = """
        INSERT INTO agg_daily (call_date, dimension, dim_key, dim_label, parent_key, calls, overall_mean, adherence_mean,
            speed_mean, resolution_mean, pass_calls, coach_calls, fail_calls, calls_with_critical, critical_violations,
            violations, response_n, mean_response_s, p95_response_s, dead_air_n, dead_air_ratio, handle_n, aht_s, queue_n,
            asa_s, answered_20s, service_level, hold_n, hold_s, resolved, transferred, callback, unresolved,
            caller_known_calls, fcr_calls, fcr_rate, no_caller_calls)
        VALUES (@Day, @Dimension, @DimKey, @DimLabel, @ParentKey, @Calls, @OverallMean, @AdherenceMean,
            @SpeedMean, @ResolutionMean, @PassCalls, @CoachCalls, @FailCalls, @CallsWithCritical, @CriticalViolations,
            @Violations, @ResponseN, @MeanResponseS, @P95ResponseS, @DeadAirN, @DeadAirRatio, @HandleN, @AhtS, @QueueN,
            @AsaS, @Answered20s, @ServiceLevel, @HoldN, @HoldS, @Resolved, @Transferred, @Callback, @Unresolved,
            @CallerKnownCalls, @FcrCalls, @FcrRate, @NoCallerCalls)
        """;

    private const string InsertViolations = """
        INSERT INTO agg_daily_violations (call_date, dimension, dim_key, [rule], critical, violations, calls)
        VALUES (@Day, @Dimension, @DimKey, @Rule, @Critical, @Violations, @Calls)
        """;

    private const string InsertStages = """
        INSERT INTO agg_daily_stages (call_date, dimension, dim_key, stage_id, required_calls, done_calls)
        VALUES (@Day, @Dimension, @DimKey, @StageId, @RequiredCalls, @DoneCalls)
        """;
}
