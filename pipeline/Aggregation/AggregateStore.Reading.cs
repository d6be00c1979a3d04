using QualityAnalytics.Pipeline.Storage;
using Dapper;

namespace QualityAnalytics.Pipeline.Aggregation;

/// <summary>Reading the aggregates back, for reports and tests.</summary>
public sealed partial class AggregateStore
{
    public async Task<List<DailyAggregate>> LoadDailyAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        var dialect = factory.Dialect;
        await using var connection = await factory.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<DailyAggregate>(new CommandDefinition($"""
            SELECT {SqlDates.AsText(dialect, "call_date")} AS CallDate, dimension AS Dimension, dim_key AS DimKey,
                   dim_label AS DimLabel, parent_key AS ParentKey, calls AS Calls, overall_mean AS OverallMean,
                   adherence_mean AS AdherenceMean, speed_mean AS SpeedMean, resolution_mean AS ResolutionMean,
                   pass_calls AS PassCalls, coach_calls AS CoachCalls, fail_calls AS FailCalls,
                   calls_with_critical AS CallsWithCritical, critical_violations AS CriticalViolations, violations AS Violations,
                   response_n AS ResponseN, mean_response_s AS MeanResponseS, p95_response_s AS P95ResponseS,
                   dead_air_n AS DeadAirN, dead_air_ratio AS DeadAirRatio, handle_n AS HandleN, aht_s AS AhtS,
                   queue_n AS QueueN, asa_s AS AsaS, answered_20s AS Answered20s, service_level AS ServiceLevel,
                   hold_n AS HoldN, hold_s AS HoldS, resolved AS Resolved, transferred AS Transferred, callback AS Callback,
                   unresolved AS Unresolved, caller_known_calls AS CallerKnownCalls, fcr_calls AS FcrCalls,
                   fcr_rate AS FcrRate, no_caller_calls AS NoCallerCalls
            FROM agg_daily WHERE call_date BETWEEN @From AND @To
            ORDER BY call_date, dimension, dim_key
            """, new { From = SqlDates.Param(dialect, from), To = SqlDates.Param(dialect, to) }, cancellationToken: cancellationToken));
        return rows.AsList();
    }

    public async Task<List<DailyViolationAggregate>> LoadViolationsAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        var dialect = factory.Dialect;
        await using var connection = await factory.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<DailyViolationAggregate>(new CommandDefinition($"""
            SELECT {SqlDates.AsText(dialect, "call_date")} AS CallDate, dimension AS Dimension, dim_key AS DimKey,
                   [rule] AS [Rule], critical AS Critical, violations AS Violations, calls AS Calls
            FROM agg_daily_violations WHERE call_date BETWEEN @From AND @To
            ORDER BY call_date, dimension, dim_key, [rule]
            """, new { From = SqlDates.Param(dialect, from), To = SqlDates.Param(dialect, to) }, cancellationToken: cancellationToken));
        return rows.AsList();
    }

    public async Task<List<DailyStageAggregate>> LoadStagesAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        var dialect = factory.Dialect;
        await using var connection = await factory.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<DailyStageAggregate>(new CommandDefinition($"""
            SELECT {SqlDates.AsText(dialect, "call_date")} AS CallDate, dimension AS Dimension, dim_key AS DimKey,
                   stage_id AS StageId, required_calls AS RequiredCalls, done_calls AS DoneCalls
            FROM agg_daily_stages WHERE call_date BETWEEN @From AND @To
            ORDER BY call_date, dimension, dim_key, stage_id
            """, new { From = SqlDates.Param(dialect, from), To = SqlDates.Param(dialect, to) }, cancellationToken: cancellationToken));
        return rows.AsList();
    }
}
