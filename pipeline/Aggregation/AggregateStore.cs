using System.Data.Common;
using Dapper;
using QualityAnalytics.Models.Calls;
using QualityAnalytics.Models.Judgement;
using QualityAnalytics.Pipeline.Storage;

namespace QualityAnalytics.Pipeline.Aggregation;

/// <summary>Reads the current judgements that aggregation needs and replaces whole days of aggregates.</summary>
public sealed partial class AggregateStore(IDbConnectionFactory factory)
{
    public SqlDialect Dialect => factory.Dialect;

    public async Task<(List<CallFact> Calls, List<ViolationFact> Violations, List<StageCounts> Stages)> LoadFactsAsync(
        DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        var dialect = factory.Dialect;
        var range = new { From = SqlDates.Param(dialect, from), To = SqlDates.Param(dialect, to) };
        // Three independent reads on three connections: SQLite serves concurrent readers under WAL, and the
        // nightly machine has more than one core.
        var callsTask = LoadCallsAsync(dialect, range, cancellationToken);
        var violationsTask = LoadViolationsAsync(range, cancellationToken);
        var stagesTask = LoadStageCountsAsync(range, cancellationToken);
        await Task.WhenAll(callsTask, violationsTask, stagesTask);
        return (await callsTask, await violationsTask, await stagesTask);
    }

    private async Task<List<CallFact>> LoadCallsAsync(SqlDialect dialect, object range, CancellationToken cancellationToken)
    {
        await using var connection = await factory.OpenAsync(cancellationToken);
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
            """, range, cancellationToken: cancellationToken));
        return calls.AsList();
    }

    private async Task<List<ViolationFact>> LoadViolationsAsync(object range, CancellationToken cancellationToken)
    {
        await using var connection = await factory.OpenAsync(cancellationToken);
        var violations = await connection.QueryAsync<ViolationFact>(new CommandDefinition("""
            SELECT v.call_id AS CallId, v.[rule] AS [Rule], v.critical AS Critical
            FROM violations v
            JOIN call_scores s ON s.call_id = v.call_id AND s.script_version = v.script_version AND s.is_current = 1
            JOIN calls c ON c.call_id = v.call_id
            WHERE c.call_date BETWEEN @From AND @To
            ORDER BY v.call_id, v.seq
            """, range, cancellationToken: cancellationToken));
        return violations.AsList();
    }

    /// <summary>Per call, which stages were required and done: conditional sums in SQL, so 100,000 calls come back
    /// as 100,000 rows rather than 600,000 stage rows.</summary>
    private async Task<List<StageCounts>> LoadStageCountsAsync(object range, CancellationToken cancellationToken)
    {
        await using var connection = await factory.OpenAsync(cancellationToken);
        var sums = string.Join(",\n", StageIds.All.Select((id, i) =>
            $"SUM(CASE WHEN r.stage_id = '{id}' THEN 1 ELSE 0 END) AS r{i}, " +
            $"SUM(CASE WHEN r.stage_id = '{id}' AND r.done = 1 THEN 1 ELSE 0 END) AS d{i}"));
        await using var reader = await connection.ExecuteReaderAsync(new CommandDefinition($"""
            SELECT r.call_id, {sums}
            FROM stage_results r
            JOIN call_scores s ON s.call_id = r.call_id AND s.script_version = r.script_version AND s.is_current = 1
            JOIN calls c ON c.call_id = r.call_id
            WHERE c.call_date BETWEEN @From AND @To AND r.required = 1 AND c.transcript_source <> '{TranscriptSourceNames.None}'
            GROUP BY r.call_id
            """, range, cancellationToken: cancellationToken));
        var result = new List<StageCounts>();
        var count = StageIds.All.Count;
        while (await reader.ReadAsync(cancellationToken))
        {
            var required = new int[count];
            var done = new int[count];
            for (var i = 0; i < count; i++)
            {
                required[i] = Convert.ToInt32(reader.GetValue(1 + 2 * i), System.Globalization.CultureInfo.InvariantCulture);
                done[i] = Convert.ToInt32(reader.GetValue(2 + 2 * i), System.Globalization.CultureInfo.InvariantCulture);
            }

            result.Add(new StageCounts(reader.GetString(0), required, done));
        }

        return result;
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

        object Day(string day) => SqlDates.Param(dialect, day);
        await RowInserter.InsertAsync(connection, transaction, "agg_daily", DailyColumns(Day), set.Daily, cancellationToken);
        await RowInserter.InsertAsync(connection, transaction, "agg_daily_violations",
        [
            ("call_date", r => Day(r.CallDate)), ("dimension", r => r.Dimension), ("dim_key", r => r.DimKey), ("[rule]", r => r.Rule),
            ("critical", r => r.Critical), ("violations", r => r.Violations), ("calls", r => r.Calls),
        ], set.Violations, cancellationToken);
        await RowInserter.InsertAsync(connection, transaction, "agg_daily_stages",
        [
            ("call_date", r => Day(r.CallDate)), ("dimension", r => r.Dimension), ("dim_key", r => r.DimKey),
            ("stage_id", r => r.StageId), ("required_calls", r => r.RequiredCalls), ("done_calls", r => r.DoneCalls),
        ], set.Stages, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    private static (string, Func<DailyAggregate, object?>)[] DailyColumns(Func<string, object> day) =>
    [
        ("call_date", r => day(r.CallDate)), ("dimension", r => r.Dimension), ("dim_key", r => r.DimKey),
        ("dim_label", r => r.DimLabel), ("parent_key", r => r.ParentKey), ("calls", r => r.Calls),
        ("overall_mean", r => r.OverallMean), ("adherence_mean", r => r.AdherenceMean), ("speed_mean", r => r.SpeedMean),
        ("resolution_mean", r => r.ResolutionMean), ("pass_calls", r => r.PassCalls), ("coach_calls", r => r.CoachCalls),
        ("fail_calls", r => r.FailCalls), ("calls_with_critical", r => r.CallsWithCritical),
        ("critical_violations", r => r.CriticalViolations), ("violations", r => r.Violations),
        ("response_n", r => r.ResponseN), ("mean_response_s", r => r.MeanResponseS), ("p95_response_s", r => r.P95ResponseS),
        ("dead_air_n", r => r.DeadAirN), ("dead_air_ratio", r => r.DeadAirRatio), ("handle_n", r => r.HandleN),
        ("aht_s", r => r.AhtS), ("queue_n", r => r.QueueN), ("asa_s", r => r.AsaS), ("answered_20s", r => r.Answered20s),
        ("service_level", r => r.ServiceLevel), ("hold_n", r => r.HoldN), ("hold_s", r => r.HoldS),
        ("resolved", r => r.Resolved), ("transferred", r => r.Transferred), ("callback", r => r.Callback),
        ("unresolved", r => r.Unresolved), ("caller_known_calls", r => r.CallerKnownCalls), ("fcr_calls", r => r.FcrCalls),
        ("fcr_rate", r => r.FcrRate), ("no_caller_calls", r => r.NoCallerCalls),
    ];
}
