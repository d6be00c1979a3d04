using System.Globalization;
using Dapper;
using QualityAnalytics.Pipeline.Storage;

namespace QualityAnalytics.Pipeline.Batch;

/// <summary>Batch membership and per-call completion in the results database (schema 0003).</summary>
/// <remarks>Every method is safe to repeat: Hangfire runs a job at least once, and a server killed mid-job
/// means the same call job runs again elsewhere. Each statement is atomic on its own, in SQLite and SQL Server
/// alike, so no cross-statement transaction (and no distributed lock) is needed to elect the last call.</remarks>
public sealed class BatchTracker(IDbConnectionFactory factory, TimeProvider clock)
{
    /// <summary>The claimant recorded when a batch has no call to wait for.</summary>
    public const string StartClaimant = "start";

    /// <summary>True until every call job of the batch has been enqueued: for a new batch, and for one whose
    /// fan-out died half-way (its recorded calls would otherwise never be enqueued).</summary>
    public async Task<bool> NeedsFanOutAsync(string batchId, CancellationToken cancellationToken)
    {
        await using var connection = await factory.OpenAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<int>(new CommandDefinition(
            "SELECT COUNT(*) FROM batches WHERE batch_id = @batchId AND fanned_out_at IS NOT NULL", new { batchId }, cancellationToken: cancellationToken)) == 0;
    }

    public async Task MarkFannedOutAsync(string batchId, CancellationToken cancellationToken)
    {
        await using var connection = await factory.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE batches SET fanned_out_at = @now WHERE batch_id = @batchId AND fanned_out_at IS NULL",
            new { batchId, now = Now() }, cancellationToken: cancellationToken));
    }

    /// <summary>Records the batch and its calls; a repeat (a retried fan-out) adds nothing.</summary>
    public async Task RegisterAsync(string batchId, string inputDir, string source, IReadOnlyList<BatchCallEntry> calls,
        int rejectedAtIngest, CancellationToken cancellationToken)
    {
        await using var connection = await factory.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO batches (batch_id, input_dir, source, created_at, total_calls, rejected_at_ingest)
            SELECT @batchId, @inputDir, @source, @now, @total, @rejectedAtIngest
            WHERE NOT EXISTS (SELECT 1 FROM batches WHERE batch_id = @batchId)
            """,
            new { batchId, inputDir, source, now = Now(), total = calls.Count, rejectedAtIngest }, transaction, cancellationToken: cancellationToken));
        await connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO batch_calls (batch_id, call_id, queue)
            SELECT @BatchId, @CallId, @Queue
            WHERE NOT EXISTS (SELECT 1 FROM batch_calls WHERE batch_id = @BatchId AND call_id = @CallId)
            """,
            calls.Select(c => new { BatchId = batchId, c.CallId, c.Queue }), transaction, cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>Calls of the batch whose job has not finished yet (all of them on a fresh batch).</summary>
    public async Task<IReadOnlyList<BatchCallEntry>> UnfinishedAsync(string batchId, CancellationToken cancellationToken)
    {
        await using var connection = await factory.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<BatchCallEntry>(new CommandDefinition(
            "SELECT call_id AS CallId, queue AS Queue FROM batch_calls WHERE batch_id = @batchId AND finished_at IS NULL ORDER BY call_id",
            new { batchId }, cancellationToken: cancellationToken));
        return rows.ToList();
    }

    /// <summary>Counts one more start of the call's job; says how many starts so far and whether the call already finished.</summary>
    /// <remarks>Hangfire counts retries only for exceptions; a recording that crashes the whole process (a native
    /// decoder fault) would otherwise be fetched again after every restart, forever. A finished call seen again is a
    /// job that ran twice (a server died before acknowledging it, or two servers fetched it at once).</remarks>
    public async Task<CallAttempt> BeginAttemptAsync(string batchId, string callId, CancellationToken cancellationToken)
    {
        await using var connection = await factory.OpenAsync(cancellationToken);
        var args = new { batchId, callId };
        await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE batch_calls SET starts = starts + 1 WHERE batch_id = @batchId AND call_id = @callId", args, cancellationToken: cancellationToken));
        return await connection.QuerySingleOrDefaultAsync<CallAttempt>(new CommandDefinition(
            "SELECT starts AS Starts, CASE WHEN finished_at IS NULL THEN 0 ELSE 1 END AS Finished FROM batch_calls WHERE batch_id = @batchId AND call_id = @callId",
            args, cancellationToken: cancellationToken)) ?? new CallAttempt { Starts = 1 };
    }

    /// <summary>Marks a call finished (first finish wins), then tries to claim the batch's completion.</summary>
    /// <returns>True when this call was the last one: the caller must enqueue the completion job.</returns>
    public async Task<bool> FinishCallAsync(string batchId, string callId, string outcome, string? reasonCode, DateOnly? callDate,
        string finishedBy, CancellationToken cancellationToken)
    {
        await using (var connection = await factory.OpenAsync(cancellationToken))
        {
            await connection.ExecuteAsync(new CommandDefinition(
                """
                UPDATE batch_calls SET finished_at = @now, outcome = @outcome, reason_code = @reasonCode, call_date = @date, finished_by = @finishedBy
                WHERE batch_id = @batchId AND call_id = @callId AND finished_at IS NULL
                """,
                new
                {
                    batchId, callId, outcome, reasonCode, finishedBy, now = Now(),
                    date = callDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                }, cancellationToken: cancellationToken));
        }

        return await TryClaimCompletionAsync(batchId, callId, cancellationToken);
    }

    /// <summary>Elects the one claimant that enqueues completion: only when no call is unfinished, only once.</summary>
    /// <remarks>The same claimant may claim again: a call job killed after claiming but before enqueueing is
    /// retried and enqueues then; completion is idempotent, so a rare second completion costs time, not data.</remarks>
    public async Task<bool> TryClaimCompletionAsync(string batchId, string claimant, CancellationToken cancellationToken)
    {
        await using var connection = await factory.OpenAsync(cancellationToken);
        var claimed = await connection.ExecuteAsync(new CommandDefinition(
            """
            UPDATE batches SET completion_claimed_by = @claimant
            WHERE batch_id = @batchId AND completed_at IS NULL
              AND (completion_claimed_by IS NULL OR completion_claimed_by = @claimant)
              AND NOT EXISTS (SELECT 1 FROM batch_calls WHERE batch_id = @batchId AND finished_at IS NULL)
            """,
            new { batchId, claimant }, cancellationToken: cancellationToken));
        return claimed == 1;
    }

    /// <summary>Dates of the calls scored in this batch: what aggregation and reports must redo.</summary>
    public async Task<IReadOnlyList<DateOnly>> ScoredDatesAsync(string batchId, CancellationToken cancellationToken)
    {
        await using var connection = await factory.OpenAsync(cancellationToken);
        var dates = await connection.QueryAsync<string>(new CommandDefinition(
            "SELECT DISTINCT call_date FROM batch_calls WHERE batch_id = @batchId AND outcome = 'scored' AND call_date IS NOT NULL",
            new { batchId }, cancellationToken: cancellationToken));
        return dates.Select(d => DateOnly.ParseExact(d, "yyyy-MM-dd", CultureInfo.InvariantCulture)).Order().ToList();
    }

    public async Task CompleteAsync(string batchId, IReadOnlyList<string> outputs, CancellationToken cancellationToken)
    {
        await using var connection = await factory.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE batches SET completed_at = @now, outputs = @outputs WHERE batch_id = @batchId",
            new { batchId, now = Now(), outputs = string.Join('\n', outputs) }, cancellationToken: cancellationToken));
    }

    public async Task<BatchStatus?> GetAsync(string batchId, CancellationToken cancellationToken) =>
        (await QueryStatusAsync("WHERE b.batch_id = @batchId", new { batchId }, cancellationToken)).SingleOrDefault();

    /// <summary>The newest batches first.</summary>
    public Task<IReadOnlyList<BatchStatus>> RecentAsync(int limit, CancellationToken cancellationToken) =>
        QueryStatusAsync("", new { }, cancellationToken, limit);

    private async Task<IReadOnlyList<BatchStatus>> QueryStatusAsync(string where, object args, CancellationToken cancellationToken, int? limit = null)
    {
        await using var connection = await factory.OpenAsync(cancellationToken);
        var top = limit is { } n && factory.Dialect == SqlDialect.SqlServer ? $"TOP ({n})" : "";
        var tail = limit is { } m && factory.Dialect == SqlDialect.Sqlite ? $"LIMIT {m}" : "";
        var rows = await connection.QueryAsync<BatchStatus>(new CommandDefinition(
            $"""
            SELECT {top} b.batch_id AS BatchId, b.input_dir AS InputDir, b.source AS Source, b.created_at AS CreatedAt,
                   b.total_calls AS TotalCalls, b.rejected_at_ingest AS RejectedAtIngest,
                   (SELECT COUNT(*) FROM batch_calls c WHERE c.batch_id = b.batch_id AND c.finished_at IS NOT NULL) AS Finished,
                   (SELECT COUNT(*) FROM batch_calls c WHERE c.batch_id = b.batch_id AND c.outcome = 'scored') AS Scored,
                   (SELECT COUNT(*) FROM batch_calls c WHERE c.batch_id = b.batch_id AND c.outcome = 'quarantined') AS Quarantined,
                   b.completion_claimed_by AS CompletionClaimedBy, b.completed_at AS CompletedAt, b.outputs AS Outputs
            FROM batches b {where}
            ORDER BY b.created_at DESC, b.batch_id {tail}
            """, args, cancellationToken: cancellationToken));
        return rows.ToList();
    }

    private string Now() => clock.GetUtcNow().ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture);
}
