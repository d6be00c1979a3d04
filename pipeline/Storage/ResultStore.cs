using System.Data.Common;
using System.Globalization;
using Dapper;
using QualityAnalytics.Models.Calls;
using QualityAnalytics.Pipeline.Ingest;
using QualityAnalytics.Pipeline.Privacy;

namespace QualityAnalytics.Pipeline.Storage;

/// <summary>Writes scored calls and quarantine records. Every write replaces the call's rows in one transaction,
/// so re-runs and job retries never duplicate anything. Personal data is masked here, the one gate into storage.</summary>
public sealed class ResultStore(IDbConnectionFactory factory)
{
    public async Task SaveAsync(IReadOnlyList<ScoredCall> calls, CancellationToken cancellationToken)
    {
        if (calls.Count == 0)
        {
            return;
        }

        await using var connection = await factory.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        foreach (var call in calls)
        {
            await SaveOneAsync(connection, transaction, call, cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    public async Task SaveQuarantineAsync(InputFolder input, IReadOnlyList<Rejection> rejections, CancellationToken cancellationToken)
    {
        if (rejections.Count == 0)
        {
            return;
        }

        await using var connection = await factory.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var rows = rejections.Select(r => new { InputDir = input.Root, r.Item, r.ReasonCode, Detail = PersonalDataMasker.Mask(r.Detail) }).ToList();
        await connection.ExecuteAsync(new CommandDefinition(
            "DELETE FROM quarantine WHERE input_dir = @InputDir AND item = @Item", rows, transaction, cancellationToken: cancellationToken));
        await connection.ExecuteAsync(new CommandDefinition(
            "INSERT INTO quarantine (input_dir, item, reason_code, detail) VALUES (@InputDir, @Item, @ReasonCode, @Detail)",
            rows, transaction, cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);
    }

    private static async Task SaveOneAsync(DbConnection connection, DbTransaction transaction, ScoredCall scored, CancellationToken ct)
    {
        var call = scored.Call;
        var judgement = scored.Judgement;
        var key = new { call.CallId, judgement.ScriptVersion };

        foreach (var sql in DeleteStatements)
        {
            await connection.ExecuteAsync(new CommandDefinition(sql, key, transaction, cancellationToken: ct));
        }

        await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE call_scores SET is_current = 0 WHERE call_id = @CallId AND script_version <> @ScriptVersion",
            key, transaction, cancellationToken: ct));

        await connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO calls (call_id, started_at, call_date, operator_id, operator_name, team, caller_id, service_category,
                               recording, queue_wait_s, hold_s, channel_layout, transcript_source, role_confidence)
            VALUES (@CallId, @StartedAt, @CallDate, @OperatorId, @OperatorName, @Team, @CallerId, @ServiceCategory,
                    @Recording, @QueueWaitS, @HoldS, @ChannelLayout, @TranscriptSource, @RoleConfidence)
            """,
            new
            {
                call.CallId,
                StartedAt = call.StartedAt.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz", CultureInfo.InvariantCulture),
                CallDate = call.CallDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                call.OperatorId,
                call.OperatorName,
                call.Team,
                call.CallerId,
                call.ServiceCategory,
                call.Recording,
                call.QueueWaitS,
                call.HoldS,
                ChannelLayout = call.ChannelLayout?.ToWire(),
                TranscriptSource = scored.Source.ToString().ToLowerInvariant(),
                scored.RoleConfidence,
            }, transaction, cancellationToken: ct));

        await connection.ExecuteAsync(new CommandDefinition(
            "INSERT INTO segments (call_id, seq, speaker, start_s, end_s, text) VALUES (@CallId, @Seq, @Speaker, @Start, @End, @Text)",
            scored.Segments.Select((s, i) => new
            {
                call.CallId,
                Seq = i,
                Speaker = s.Speaker == Speaker.Operator ? "operator" : "customer",
                s.Start,
                s.End,
                Text = PersonalDataMasker.Mask(s.Text),
            }), transaction, cancellationToken: ct));

        var speed = judgement.Speed;
        await connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO call_scores (call_id, script_version, is_current, topic, resolution, verdict, overall, adherence, speed,
                                     resolution_score, queue_wait_s, first_response_s, mean_response_s, p95_response_s,
                                     max_silence_s, dead_air_ratio, overtalk_ratio, handle_s, hold_s)
            VALUES (@CallId, @ScriptVersion, 1, @Topic, @Resolution, @Verdict, @Overall, @Adherence, @Speed,
                    @ResolutionScore, @QueueWaitS, @FirstResponseS, @MeanResponseS, @P95ResponseS,
                    @MaxSilenceS, @DeadAirRatio, @OvertalkRatio, @HandleS, @HoldS)
            """,
            new
            {
                call.CallId,
                judgement.ScriptVersion,
                judgement.Topic,
                judgement.Resolution,
                judgement.Verdict,
                judgement.Scores.Overall,
                judgement.Scores.Adherence,
                judgement.Scores.Speed,
                ResolutionScore = judgement.Scores.Resolution,
                speed.QueueWaitS,
                speed.FirstResponseS,
                speed.MeanResponseS,
                speed.P95ResponseS,
                speed.MaxSilenceS,
                speed.DeadAirRatio,
                speed.OvertalkRatio,
                speed.HandleS,
                speed.HoldS,
            }, transaction, cancellationToken: ct));

        await connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO stage_results (call_id, script_version, stage_id, ordinal, done, required, start_s, quote)
            VALUES (@CallId, @ScriptVersion, @Id, @Ordinal, @Done, @Required, @Start, @Quote)
            """,
            judgement.Stages.Select((s, i) => new
            {
                call.CallId,
                judgement.ScriptVersion,
                s.Id,
                Ordinal = i,
                s.Done,
                s.Required,
                s.Start,
                Quote = MaskOrNull(s.Quote),
            }), transaction, cancellationToken: ct));

        await connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO violations (call_id, script_version, seq, [rule], critical, start_s, quote)
            VALUES (@CallId, @ScriptVersion, @Seq, @Rule, @Critical, @Start, @Quote)
            """,
            judgement.Violations.Select((v, i) => new
            {
                call.CallId,
                judgement.ScriptVersion,
                Seq = i,
                v.Rule,
                v.Critical,
                v.Start,
                Quote = MaskOrNull(v.Quote),
            }), transaction, cancellationToken: ct));
    }

    private static readonly string[] DeleteStatements =
    [
        "DELETE FROM segments WHERE call_id = @CallId",
        "DELETE FROM stage_results WHERE call_id = @CallId AND script_version = @ScriptVersion",
        "DELETE FROM violations WHERE call_id = @CallId AND script_version = @ScriptVersion",
        "DELETE FROM call_scores WHERE call_id = @CallId AND script_version = @ScriptVersion",
        "DELETE FROM calls WHERE call_id = @CallId",
    ];

    private static string? MaskOrNull(string? text) => text is null ? null : PersonalDataMasker.Mask(text);
}
