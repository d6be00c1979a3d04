using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.Extensions.Logging;
using QualityAnalytics.Models.Calls;
using QualityAnalytics.Pipeline.Ingest;
using QualityAnalytics.Pipeline.Storage;

namespace QualityAnalytics.Pipeline.Batch;

/// <summary>A whole batch inline: ingest, process every call, store, then aggregation and reports.
/// Hangfire jobs call the same steps (<see cref="Plan"/>, <see cref="CallProcessor"/>, <see cref="CompleteAsync"/>) one by one.</summary>
public sealed class BatchPipeline(
    CallProcessor processor,
    ResultStore store,
    QuarantineWriter quarantine,
    IEnumerable<IBatchCompletionStep> completionSteps,
    QaOptions options,
    ILogger<BatchPipeline> logger)
{
    /// <summary>Calls stored per transaction: large enough to amortise commits, small enough to bound memory.</summary>
    private const int StoreChunk = 500;

    /// <summary>Reads and validates the input; also rejects transcripts that belong to no call in calls.csv.</summary>
    /// <exception cref="InputUnusableException">No calls.csv, or a required column is missing.</exception>
    public static BatchPlan Plan(string inputDir)
    {
        var input = new InputFolder(inputDir);
        if (!Directory.Exists(input.Root))
        {
            throw new InputUnusableException($"Input folder {input.Root} does not exist.");
        }

        var csv = CallsCsvReader.Read(input);
        var rejected = csv.Rejected.ToList();
        var known = csv.Calls.Select(c => c.CallId).Concat(csv.Rejected.Select(r => r.Item)).ToHashSet(StringComparer.Ordinal);
        if (Directory.Exists(input.TranscriptsDir))
        {
            foreach (var stray in Directory.EnumerateFiles(input.TranscriptsDir).Order(StringComparer.Ordinal))
            {
                var id = Path.GetFileNameWithoutExtension(stray);
                if (!known.Contains(id) || !stray.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
                {
                    rejected.Add(new Rejection("transcripts." + Path.GetFileName(stray), "unknown_call",
                        $"transcripts/{Path.GetFileName(stray)} matches no call_id in calls.csv.", [stray]));
                }
            }
        }

        return new BatchPlan(input, csv.Calls, rejected, csv.RowsRead);
    }

    public async Task QuarantineAsync(InputFolder input, IReadOnlyList<Rejection> rejections, CancellationToken cancellationToken)
    {
        foreach (var rejection in rejections)
        {
            var folder = quarantine.Write(input, rejection);
            logger.LogWarning("Quarantined {Item}: {Reason} ({Detail}) -> {Folder}", rejection.Item, rejection.ReasonCode, rejection.Detail, folder);
        }

        await store.SaveQuarantineAsync(input, rejections, cancellationToken);
    }

    /// <summary>Runs every completion step (aggregation, reports) for the dates the batch touched.</summary>
    public async Task<IReadOnlyList<string>> CompleteAsync(IReadOnlyCollection<DateOnly> dates, CancellationToken cancellationToken)
    {
        var lines = new List<string>();
        if (dates.Count == 0)
        {
            return lines;
        }

        foreach (var step in completionSteps.OrderBy(s => s.Order))
        {
            lines.AddRange(await step.RunAsync(new BatchCompletionContext(dates), cancellationToken));
        }

        return lines;
    }

    public async Task<BatchSummary> RunAsync(string inputDir, IProgress<BatchProgress>? progress, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var plan = Plan(inputDir);
        logger.LogInformation("Batch {Input}: {Calls} calls to process, {Rejected} rejected at ingestion",
            plan.Input.Root, plan.Calls.Count, plan.Rejected.Count);
        await QuarantineAsync(plan.Input, plan.Rejected, cancellationToken);

        var rejected = new List<Rejection>(plan.Rejected);
        var recordingsRejected = new List<Rejection>();
        // Counts and dates only: the calls themselves leave memory once their chunk is stored.
        var scoredCount = 0;
        var verdicts = new List<string>(plan.Calls.Count);
        var sources = new List<string>(plan.Calls.Count);
        var dates = new SortedSet<DateOnly>();
        var notes = new List<string>();
        var done = 0;
        progress?.Report(new BatchProgress(0, plan.Calls.Count, "calls"));
        // Chunk N is stored while chunk N+1 is judged: storage and scoring overlap, and at most two chunks are in memory.
        var storing = Task.CompletedTask;
        foreach (var chunk in plan.Calls.Chunk(StoreChunk))
        {
            var outcomes = new CallOutcome[chunk.Length];
            var rows = new CallRows?[chunk.Length];
            await Parallel.ForEachAsync(
                Enumerable.Range(0, chunk.Length),
                new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, options.Parallelism), CancellationToken = cancellationToken },
                async (i, ct) =>
                {
                    outcomes[i] = await ProcessGuardedAsync(plan.Input, chunk[i], ct);

                    // Masking and row building run here, in parallel; the single database writer only binds.
                    rows[i] = outcomes[i].Scored is { } scored ? ResultStore.Prepare(scored) : null;
                    progress?.Report(new BatchProgress(Interlocked.Increment(ref done), plan.Calls.Count, "calls"));
                });

            var chunkScored = outcomes.Where(o => o.Scored is not null).Select(o => o.Scored!).ToList();
            var chunkRejected = outcomes.Where(o => o.Rejected is not null).Select(o => o.Rejected!).ToList();
            var chunkFiles = outcomes.SelectMany(o => o.QuarantinedFiles).ToList();
            scoredCount += chunkScored.Count;
            verdicts.AddRange(chunkScored.Select(s => s.Judgement.Verdict));
            sources.AddRange(chunkScored.Select(s => s.Source.ToWire()));
            dates.UnionWith(chunkScored.Select(s => s.Call.CallDate));
            rejected.AddRange(chunkRejected);
            recordingsRejected.AddRange(chunkFiles);
            notes.AddRange(outcomes.SelectMany(o => o.Notes));
            foreach (var outcome in outcomes.Where(o => o.Scored is not null && o.Notes.Count > 0))
            {
                logger.LogDebug("Call {CallId}: {Notes}", outcome.Scored!.Call.CallId, string.Join("; ", outcome.Notes));
            }

            await storing;
            storing = StoreAsync(plan.Input, [.. rows.OfType<CallRows>()], [.. chunkRejected, .. chunkFiles], cancellationToken);
        }

        await storing;
        progress?.Report(new BatchProgress(done, plan.Calls.Count, "reports"));
        var outputs = await CompleteAsync(dates, cancellationToken);

        return new BatchSummary
        {
            Input = plan.Input.Root,
            CallsRead = plan.RowsRead,
            Scored = scoredCount,
            QuarantinedByReason = CountBy(rejected, r => r.ReasonCode),
            RecordingsQuarantinedByReason = CountBy(recordingsRejected, r => r.ReasonCode),
            Verdicts = CountBy(verdicts, v => v),
            TranscriptSources = CountBy(sources, s => s),
            Outputs = outputs,
            // The same remark for many calls is one line with a count; the log has them call by call.
            Notes = notes.GroupBy(n => n).Select(g => g.Count() > 1 ? $"{g.Key} (звонков: {g.Count()})" : g.Key).ToList(),
            Elapsed = clock.Elapsed,
        };
    }

    private async Task StoreAsync(InputFolder input, IReadOnlyList<CallRows> scored, IReadOnlyList<Rejection> rejected, CancellationToken ct)
    {
        await store.SaveAsync(scored, ct);
        await QuarantineAsync(input, rejected, ct);
    }

    // A defect in one call must not sink the night: it is quarantined with the error, and logged with its stack.
    private async Task<CallOutcome> ProcessGuardedAsync(InputFolder input, CallRecord call, CancellationToken ct)
    {
        try
        {
            return await processor.ProcessAsync(input, call, ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogError(e, "Call {CallId} failed", call.CallId);
            return CallOutcome.Of(new Rejection(call.CallId, "processing_error", e.GetType().Name + ": " + e.Message, []));
        }
    }

    private static IReadOnlyDictionary<string, int> CountBy<T>(IEnumerable<T> items, Func<T, string> key) =>
        items.GroupBy(key).OrderBy(g => g.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count());
}
