using Dapper;
using QualityAnalytics.Models.Judgement;
using QualityAnalytics.Pipeline.Storage;

namespace QualityAnalytics.Pipeline.Export;

/// <summary>Reads the current judgement of every stored call in a date range as export records.</summary>
public sealed class ExportReader(IDbConnectionFactory factory)
{
    private const string RangeFilter = "(@From IS NULL OR c.call_date >= @From) AND (@To IS NULL OR c.call_date <= @To)";

    public async Task<IReadOnlyList<ExportRecord>> ReadAsync(DateOnly? from, DateOnly? to, CancellationToken cancellationToken)
    {
        var range = new
        {
            From = from is { } f ? SqlDates.Param(factory.Dialect, f) : null,
            To = to is { } t ? SqlDates.Param(factory.Dialect, t) : null,
        };
        await using var connection = await factory.OpenAsync(cancellationToken);

        var calls = await connection.QueryAsync<CallRow>(new CommandDefinition(
            $"""
            SELECT c.call_id AS CallId, c.operator_id AS OperatorId, c.operator_name AS OperatorName, c.team AS Team,
                   c.started_at AS StartedAt, {SqlDates.AsText(factory.Dialect, "c.call_date")} AS CallDate, c.service_category AS ServiceCategory,
                   c.transcript_source AS TranscriptSource, c.role_confidence AS RoleConfidence,
                   s.script_version AS ScriptVersion, s.topic AS Topic, s.resolution AS Resolution, s.verdict AS Verdict,
                   s.overall AS Overall, s.adherence AS Adherence, s.speed AS Speed, s.resolution_score AS ResolutionScore,
                   s.queue_wait_s AS QueueWaitS, s.first_response_s AS FirstResponseS, s.mean_response_s AS MeanResponseS,
                   s.p95_response_s AS P95ResponseS, s.max_silence_s AS MaxSilenceS, s.dead_air_ratio AS DeadAirRatio,
                   s.overtalk_ratio AS OvertalkRatio, s.handle_s AS HandleS, s.hold_s AS HoldS
            FROM calls c JOIN call_scores s ON s.call_id = c.call_id AND s.is_current = 1
            WHERE {RangeFilter}
            ORDER BY c.call_date, c.started_at, c.call_id
            """, range, cancellationToken: cancellationToken));

        var stages = (await connection.QueryAsync<StageRow>(new CommandDefinition(
            $"""
            SELECT r.call_id AS CallId, r.stage_id AS Id, r.done AS Done, r.required AS Required, r.start_s AS Start, r.quote AS Quote
            FROM stage_results r
            JOIN call_scores s ON s.call_id = r.call_id AND s.script_version = r.script_version AND s.is_current = 1
            JOIN calls c ON c.call_id = r.call_id
            WHERE {RangeFilter}
            ORDER BY r.call_id, r.ordinal
            """, range, cancellationToken: cancellationToken))).ToLookup(r => r.CallId);

        var violations = (await connection.QueryAsync<ViolationRow>(new CommandDefinition(
            $"""
            SELECT v.call_id AS CallId, v.[rule] AS [Rule], v.critical AS Critical, v.start_s AS Start, v.quote AS Quote
            FROM violations v
            JOIN call_scores s ON s.call_id = v.call_id AND s.script_version = v.script_version AND s.is_current = 1
            JOIN calls c ON c.call_id = v.call_id
            WHERE {RangeFilter}
            ORDER BY v.call_id, v.seq
            """, range, cancellationToken: cancellationToken))).ToLookup(v => v.CallId);

        return calls.Select(c => new ExportRecord
        {
            CallId = c.CallId,
            OperatorId = c.OperatorId,
            OperatorName = c.OperatorName,
            Team = c.Team,
            StartedAt = c.StartedAt,
            CallDate = c.CallDate,
            ServiceCategory = c.ServiceCategory,
            TranscriptSource = c.TranscriptSource,
            RoleConfidence = Round(c.RoleConfidence)!.Value,
            ScriptVersion = c.ScriptVersion,
            Topic = c.Topic,
            Resolution = c.Resolution,
            Verdict = c.Verdict,
            Scores = new ExportScores(Round(c.Overall)!.Value, Round(c.Adherence)!.Value, Round(c.Speed)!.Value, Round(c.ResolutionScore)!.Value),
            Stages = stages[c.CallId].Select(s => new ExportStage(s.Id, s.Done, Round(s.Start), s.Quote, s.Required)).ToList(),
            Violations = violations[c.CallId].Select(v => new ExportViolation(v.Rule, Round(v.Start), v.Quote, v.Critical)).ToList(),
            Speed = new SpeedMetrics
            {
                QueueWaitS = Round(c.QueueWaitS),
                FirstResponseS = Round(c.FirstResponseS),
                MeanResponseS = Round(c.MeanResponseS),
                P95ResponseS = Round(c.P95ResponseS),
                MaxSilenceS = Round(c.MaxSilenceS),
                DeadAirRatio = Round(c.DeadAirRatio),
                OvertalkRatio = Round(c.OvertalkRatio),
                HandleS = Round(c.HandleS),
                HoldS = Round(c.HoldS),
            },
        }).ToList();
    }

    // Six decimals: far below any meaningful difference, and it keeps binary noise (0.30000000000000004) out of the export.
    private static double? Round(double? value) => value is null ? null : Math.Round(value.Value, 6);

    private sealed record CallRow
    {
        public string CallId { get; init; } = "";
        public string OperatorId { get; init; } = "";
        public string? OperatorName { get; init; }
        public string? Team { get; init; }
        public string StartedAt { get; init; } = "";
        public string CallDate { get; init; } = "";
        public string? ServiceCategory { get; init; }
        public string TranscriptSource { get; init; } = "";
        public double RoleConfidence { get; init; }
        public string ScriptVersion { get; init; } = "";
        public string Topic { get; init; } = "";
        public string Resolution { get; init; } = "";
        public string Verdict { get; init; } = "";
        public double Overall { get; init; }
        public double Adherence { get; init; }
        public double Speed { get; init; }
        public double ResolutionScore { get; init; }
        public double? QueueWaitS { get; init; }
        public double? FirstResponseS { get; init; }
        public double? MeanResponseS { get; init; }
        public double? P95ResponseS { get; init; }
        public double? MaxSilenceS { get; init; }
        public double? DeadAirRatio { get; init; }
        public double? OvertalkRatio { get; init; }
        public double? HandleS { get; init; }
        public double? HoldS { get; init; }
    }

    private sealed record StageRow
    {
        public string CallId { get; init; } = "";
        public string Id { get; init; } = "";
        public bool Done { get; init; }
        public bool Required { get; init; }
        public double? Start { get; init; }
        public string? Quote { get; init; }
    }

    private sealed record ViolationRow
    {
        public string CallId { get; init; } = "";
        public string Rule { get; init; } = "";
        public bool Critical { get; init; }
        public double? Start { get; init; }
        public string? Quote { get; init; }
    }
}
