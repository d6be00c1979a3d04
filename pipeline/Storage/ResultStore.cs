using System.Data.Common;
using System.Globalization;
using Dapper;
using QualityAnalytics.Models.Calls;
using QualityAnalytics.Pipeline.Ingest;
using QualityAnalytics.Pipeline.Privacy;

namespace QualityAnalytics.Pipeline.Storage;

/// <summary>Writes scored calls and quarantine records. Every write replaces the call's rows in one transaction,
/// so re-runs and job retries never duplicate anything. Personal data is masked here, the one gate into storage:
/// rows exist only as <see cref="CallRows"/>, which <see cref="Prepare"/> makes with every text masked.</summary>
public sealed class ResultStore(IDbConnectionFactory factory)
{
    public Task SaveAsync(IReadOnlyList<ScoredCall> calls, CancellationToken cancellationToken) =>
        SaveAsync(calls.Select(Prepare).ToList(), cancellationToken);

    /// <summary>Stores calls whose rows were prepared beforehand, e.g. on the scoring threads in parallel, so the
    /// single writer only binds values.</summary>
    public async Task SaveAsync(IReadOnlyList<CallRows> calls, CancellationToken cancellationToken)
    {
        if (calls.Count == 0)
        {
            return;
        }

        await using var connection = await factory.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        // Only calls stored before need their old rows removed; the first run of a night inserts only.
        foreach (var call in await StoredAlreadyAsync(connection, transaction, calls, cancellationToken))
        {
            await RemoveAsync(connection, transaction, call, cancellationToken);
        }

        await InsertAsync(connection, transaction, calls, cancellationToken);
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

    /// <summary>The rows of one call for every table, texts masked. Pure and thread-safe.</summary>
    public static CallRows Prepare(ScoredCall scored)
    {
        // Evidence quotes are whole segments: each text is masked once, whichever rows carry it.
        var masked = new Dictionary<string, string>(scored.Segments.Count, StringComparer.Ordinal);
        string? Mask(string? text) =>
            text is null ? null : masked.TryGetValue(text, out var done) ? done : masked[text] = PersonalDataMasker.Mask(text);

        return new(
            scored.Call.CallId,
            scored.Judgement.ScriptVersion,
            CallRow(scored),
            [.. SegmentRows(scored, Mask)],
            ScoreRow(scored),
            [.. StageRows(scored, Mask)],
            [.. ViolationRows(scored, Mask)]);
    }

    private static async Task<IReadOnlyList<CallRows>> StoredAlreadyAsync(
        DbConnection connection, DbTransaction transaction, IReadOnlyList<CallRows> calls, CancellationToken ct)
    {
        var stored = new HashSet<string>(StringComparer.Ordinal);
        foreach (var ids in calls.Select(c => c.CallId).Chunk(500))
        {
            stored.UnionWith(await connection.QueryAsync<string>(new CommandDefinition(
                "SELECT call_id FROM calls WHERE call_id IN @Ids", new { Ids = ids }, transaction, cancellationToken: ct)));
        }

        return calls.Where(c => stored.Contains(c.CallId)).ToList();
    }

    private static async Task RemoveAsync(DbConnection connection, DbTransaction transaction, CallRows rows, CancellationToken ct)
    {
        var key = new { rows.CallId, rows.ScriptVersion };
        foreach (var sql in DeleteStatements)
        {
            await connection.ExecuteAsync(new CommandDefinition(sql, key, transaction, cancellationToken: ct));
        }

        await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE call_scores SET is_current = 0 WHERE call_id = @CallId AND script_version <> @ScriptVersion",
            key, transaction, cancellationToken: ct));
    }

    private static async Task InsertAsync(DbConnection connection, DbTransaction transaction, IReadOnlyList<CallRows> calls, CancellationToken ct)
    {
        await MultiRowInsert.ExecuteAsync(connection, transaction, "calls", CallColumns, calls.Select(c => c.Call).ToList(), ct);
        await MultiRowInsert.ExecuteAsync(connection, transaction, "segments", SegmentColumns, calls.SelectMany(c => c.Segments).ToList(), ct);
        await MultiRowInsert.ExecuteAsync(connection, transaction, "call_scores", ScoreColumns, calls.Select(c => c.Score).ToList(), ct);
        await MultiRowInsert.ExecuteAsync(connection, transaction, "stage_results", StageColumns, calls.SelectMany(c => c.Stages).ToList(), ct);
        await MultiRowInsert.ExecuteAsync(connection, transaction, "violations", ViolationColumns, calls.SelectMany(c => c.Violations).ToList(), ct);
    }

    private static readonly string[] CallColumns =
    [
        "call_id", "started_at", "call_date", "operator_id", "operator_name", "team", "caller_id", "service_category",
        "recording", "queue_wait_s", "hold_s", "channel_layout", "transcript_source", "role_confidence",
    ];

    private static object?[] CallRow(ScoredCall scored)
    {
        var call = scored.Call;
        return
        [
            call.CallId,
            call.StartedAt.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz", CultureInfo.InvariantCulture),
            SqlDates.Text(call.CallDate),
            call.OperatorId, call.OperatorName, call.Team, call.CallerId, call.ServiceCategory, call.Recording,
            call.QueueWaitS, call.HoldS, call.ChannelLayout?.ToWire(), scored.Source.ToWire(),
            scored.RoleConfidence,
        ];
    }

    private static readonly string[] SegmentColumns = ["call_id", "seq", "speaker", "start_s", "end_s", "text"];

    private static IEnumerable<object?[]> SegmentRows(ScoredCall scored, Func<string?, string?> mask) =>
        scored.Segments.Select((s, i) => new object?[]
        {
            scored.Call.CallId, i, s.Speaker == Speaker.Operator ? "operator" : "customer", s.Start, s.End,
            mask(s.Text),
        });

    private static readonly string[] ScoreColumns =
    [
        "call_id", "script_version", "is_current", "topic", "resolution", "verdict", "overall", "adherence", "speed",
        "resolution_score", "queue_wait_s", "first_response_s", "mean_response_s", "p95_response_s", "max_silence_s",
        "dead_air_ratio", "overtalk_ratio", "handle_s", "hold_s",
    ];

    private static object?[] ScoreRow(ScoredCall scored)
    {
        var j = scored.Judgement;
        var speed = j.Speed;
        return
        [
            scored.Call.CallId, j.ScriptVersion, true, j.Topic, j.Resolution, j.Verdict, j.Scores.Overall,
            j.Scores.Adherence, j.Scores.Speed, j.Scores.Resolution, speed.QueueWaitS, speed.FirstResponseS,
            speed.MeanResponseS, speed.P95ResponseS, speed.MaxSilenceS, speed.DeadAirRatio, speed.OvertalkRatio,
            speed.HandleS, speed.HoldS,
        ];
    }

    private static readonly string[] StageColumns =
        ["call_id", "script_version", "stage_id", "ordinal", "done", "required", "start_s", "quote"];

    private static IEnumerable<object?[]> StageRows(ScoredCall scored, Func<string?, string?> mask) =>
        scored.Judgement.Stages.Select((s, i) => new object?[]
        {
            scored.Call.CallId, scored.Judgement.ScriptVersion, s.Id, i, s.Done, s.Required, s.Start, mask(s.Quote),
        });

    private static readonly string[] ViolationColumns =
        ["call_id", "script_version", "seq", "[rule]", "critical", "start_s", "quote"];

    private static IEnumerable<object?[]> ViolationRows(ScoredCall scored, Func<string?, string?> mask) =>
        scored.Judgement.Violations.Select((v, i) => new object?[]
        {
            scored.Call.CallId, scored.Judgement.ScriptVersion, i, v.Rule, v.Critical, v.Start, mask(v.Quote),
        });

    private static readonly string[] DeleteStatements =
    [
        "DELETE FROM segments WHERE call_id = @CallId",
        "DELETE FROM stage_results WHERE call_id = @CallId AND script_version = @ScriptVersion",
        "DELETE FROM violations WHERE call_id = @CallId AND script_version = @ScriptVersion",
        "DELETE FROM call_scores WHERE call_id = @CallId AND script_version = @ScriptVersion",
        "DELETE FROM calls WHERE call_id = @CallId",
    ];
}
