using Dapper;
using QualityAnalytics.Models.Judgement;
using QualityAnalytics.Pipeline.Storage;

namespace QualityAnalytics.Tests.Support;

/// <summary>Writes calls into the results schema with plain INSERTs, the way the results store lays them out.</summary>
internal sealed class StoredResultsBuilder
{
    private readonly List<StoredCall> calls = [];

    public IReadOnlyList<StoredCall> Calls => calls;

    /// <summary>A call with every script stage done (override <see cref="StoredCall.Stages"/> to make gaps).</summary>
    public StoredCall Call(string callId, string startedAt, Action<StoredCall>? configure = null)
    {
        var call = new StoredCall(callId, startedAt);
        foreach (var stage in StageIds.All)
        {
            call.Stages.Add((stage, true, true, 1.0, null));
        }

        configure?.Invoke(call);
        calls.Add(call);
        return call;
    }

    public async Task WriteAsync(IDbConnectionFactory factory, CancellationToken cancellationToken)
    {
        await using var connection = await factory.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        foreach (var call in calls)
        {
            await connection.ExecuteAsync("""
                INSERT INTO calls (call_id, started_at, call_date, operator_id, operator_name, team, caller_id, service_category,
                    recording, queue_wait_s, hold_s, channel_layout, transcript_source, role_confidence)
                VALUES (@CallId, @StartedAt, @CallDate, @OperatorId, @OperatorName, @Team, @CallerId, @ServiceCategory,
                    NULL, @QueueWaitS, @HoldS, NULL, @TranscriptSource, 1.0)
                """, call, transaction);
            foreach (var version in call.SupersededVersions.Prepend(call.ScriptVersion))
            {
                var current = version == call.ScriptVersion;
                await connection.ExecuteAsync("""
                    INSERT INTO call_scores (call_id, script_version, is_current, topic, resolution, verdict, overall, adherence,
                        speed, resolution_score, queue_wait_s, first_response_s, mean_response_s, p95_response_s, max_silence_s,
                        dead_air_ratio, overtalk_ratio, handle_s, hold_s)
                    VALUES (@CallId, @Version, @Current, @Topic, @Resolution, @Verdict, @Overall, @Adherence, @Speed,
                        @ResolutionScore, @QueueWaitS, 0.5, @MeanResponseS, @P95ResponseS, 3.0, @DeadAirRatio, 0.0, @HandleS, @HoldS)
                    """, new
                {
                    call.CallId, Version = version, Current = current ? 1 : 0, call.Topic, call.Resolution,
                    Verdict = current ? call.Verdict : "fail", Overall = current ? call.Overall : 10, call.Adherence,
                    call.Speed, call.ResolutionScore, call.QueueWaitS, call.MeanResponseS, call.P95ResponseS,
                    call.DeadAirRatio, call.HandleS, call.HoldS,
                }, transaction);
                var ordinal = 0;
                foreach (var stage in call.Stages)
                {
                    await connection.ExecuteAsync("""
                        INSERT INTO stage_results (call_id, script_version, stage_id, ordinal, done, required, start_s, quote)
                        VALUES (@CallId, @Version, @Stage, @Ordinal, @Done, @Required, @Start, @Quote)
                        """, new
                    {
                        call.CallId, Version = version, stage.Stage, Ordinal = ordinal++, Done = stage.Done && current ? 1 : 0,
                        Required = stage.Required ? 1 : 0, stage.Start, stage.Quote,
                    }, transaction);
                }

                var seq = 0;
                var violations = current
                    ? call.Violations
                    : [("forbidden_phrase", false, 1.0, "старое")];
                foreach (var violation in violations)
                {
                    await connection.ExecuteAsync("""
                        INSERT INTO violations (call_id, script_version, seq, [rule], critical, start_s, quote)
                        VALUES (@CallId, @Version, @Seq, @Rule, @Critical, @Start, @Quote)
                        """, new
                    {
                        call.CallId, Version = version, Seq = seq++, violation.Rule, Critical = violation.Critical ? 1 : 0,
                        violation.Start, violation.Quote,
                    }, transaction);
                }
            }

            var segmentSeq = 0;
            foreach (var segment in call.Segments)
            {
                await connection.ExecuteAsync("""
                    INSERT INTO segments (call_id, seq, speaker, start_s, end_s, text)
                    VALUES (@CallId, @Seq, @Speaker, @Start, @End, @Text)
                    """, new { call.CallId, Seq = segmentSeq++, segment.Speaker, segment.Start, segment.End, segment.Text }, transaction);
            }
        }

        await transaction.CommitAsync(cancellationToken);
        calls.Clear();
    }
}
