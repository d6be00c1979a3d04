using System.Collections.Concurrent;
using QualityAnalytics.Models.Calls;
using QualityAnalytics.Pipeline.Ingest;

namespace QualityAnalytics.Pipeline.Batch;

/// <summary>Finds one call's row of an input folder without re-reading calls.csv for every call job.</summary>
/// <remarks>A night has ~18,000 calls in one calls.csv: parsing it per call job would be quadratic. Each server
/// parses a folder once and keeps the plan while calls.csv is unchanged (same size and write time).</remarks>
public sealed class BatchPlanCache
{
    private const int MaxFolders = 8;
    private readonly ConcurrentDictionary<string, Entry> entries = new(StringComparer.Ordinal);

    public BatchPlan Plan(string inputDir)
    {
        var input = new InputFolder(inputDir);
        var csv = new FileInfo(input.CallsCsv);
        var stamp = csv.Exists ? (csv.Length, csv.LastWriteTimeUtc) : (-1L, DateTime.MinValue);
        if (entries.TryGetValue(input.Root, out var cached) && cached.Stamp == stamp)
        {
            return cached.Plan;
        }

        var plan = BatchPipeline.Plan(inputDir);
        if (entries.Count >= MaxFolders)
        {
            entries.Clear();
        }

        entries[input.Root] = new Entry(stamp, plan, plan.Calls.ToDictionary(c => c.CallId, StringComparer.Ordinal));
        return plan;
    }

    /// <summary>The call's validated row, or null when calls.csv no longer has it.</summary>
    public CallRecord? Find(string inputDir, string callId)
    {
        Plan(inputDir);
        return entries.TryGetValue(new InputFolder(inputDir).Root, out var entry) ? entry.Calls.GetValueOrDefault(callId) : null;
    }

    private sealed record Entry((long Length, DateTime Written) Stamp, BatchPlan Plan, IReadOnlyDictionary<string, CallRecord> Calls);
}
