using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using QualityAnalytics.Pipeline;
using QualityAnalytics.Pipeline.Aggregation;
using QualityAnalytics.Pipeline.Storage;
using QualityAnalytics.Reports;
using QualityAnalytics.Reports.Data;

namespace QualityAnalytics.Bench;

/// <summary>`scripts/bench reports [--calls N] [--days D]`: aggregation and both workbooks over N stored calls.
/// Target: 100,000 calls in under 20 s and under 1.5 GiB peak working set.</summary>
public sealed class ReportsBench : IBenchSuite
{
    private const double TargetSeconds = 20;
    private const double TargetGiB = 1.5;

    public string Name => "reports";

    public string Description => "aggregates + management and training workbooks over 100,000 stored calls (< 20 s, < 1.5 GiB)";

    public async Task<int> RunAsync(string[] args)
    {
        var calls = Option(args, "--calls", 100_000);
        var days = Option(args, "--days", 30);
        var folder = Path.Combine(Path.GetTempPath(), "qa-bench-reports-" + Guid.NewGuid().ToString("N"));
        try
        {
            var options = new QaOptions { DataDir = folder };
            var factory = SqliteConnectionFactory.ForFile(options.DatabasePath);
            new SchemaMigrator(factory, NullLogger<SchemaMigrator>.Instance).Migrate();
            var firstDay = new DateOnly(2026, 10, 1);
            var generate = Stopwatch.StartNew();
            StoredCallsGenerator.Generate(factory.ConnectionString, calls, days, firstDay);
            Console.WriteLine($"generated {calls:N0} calls over {days} days in {generate.Elapsed.TotalSeconds:F1} s (not measured)");

            // Start the measurement from a collected heap, so the generator's garbage is not counted.
            GC.Collect();
            GC.WaitForPendingFinalizers();
            var store = new AggregateStore(factory);
            var period = new ReportPeriod(firstDay, firstDay.AddDays(days - 1));
            using var self = Process.GetCurrentProcess();
            var cpuBefore = self.TotalProcessorTime;
            var clock = Stopwatch.StartNew();
            var phases = new List<(string, TimeSpan)>();
            var mark = TimeSpan.Zero;
            void Phase(string name)
            {
                phases.Add((name, clock.Elapsed - mark));
                mark = clock.Elapsed;
            }

            // The aggregation step's own sequence, in phases (Aggregator.RecomputeAsync does exactly this).
            var recomputed = AggregationWindow.DaysToRecompute(period.EachDay());
            var (loadFrom, loadTo) = AggregationWindow.DaysToLoad(recomputed);
            var (factCalls, factViolations, factStages) = await store.LoadFactsAsync(loadFrom, loadTo, CancellationToken.None);
            Phase("  aggregation: load facts");
            var set = DailyAggregator.Aggregate(factCalls, factViolations, factStages, recomputed.Select(SqlDates.Text).ToHashSet(StringComparer.Ordinal));
            Phase("  aggregation: DataFrame group-bys");
            await store.ReplaceDaysAsync(recomputed, set, CancellationToken.None);
            Phase("  aggregation: write rows");
            var aggregated = clock.Elapsed;
            factCalls = null!;
            factStages = null!;
            factViolations = null!;
            var writer = new ReportWriter(new ReportDataSource(factory, store, TimeProvider.System), options,
                Options.Create(new ReportOptions()), new ConsoleLogger<ReportWriter>());
            var paths = await writer.WriteAsync(period, CancellationToken.None);
            Phase("  both workbooks (in parallel)");
            var total = clock.Elapsed;
            self.Refresh();
            var cpu = self.TotalProcessorTime - cpuBefore;
            var peakGiB = self.PeakWorkingSet64 / (1024.0 * 1024 * 1024);

            Console.WriteLine();
            Console.WriteLine($"| {"measure",-34} | {"value",12} | {"target",10} |");
            Console.WriteLine($"|{new string('-', 36)}|{new string('-', 14)}|{new string('-', 12)}|");
            Row("stored calls", calls.ToString("N0", CultureInfo.InvariantCulture), "");
            Row("aggregation (all days), s", aggregated.TotalSeconds.ToString("F2", CultureInfo.InvariantCulture), "");
            foreach (var (name, elapsed) in phases)
            {
                Row(name + ", s", elapsed.TotalSeconds.ToString("F2", CultureInfo.InvariantCulture), "");
            }

            Row("total, s", total.TotalSeconds.ToString("F2", CultureInfo.InvariantCulture), $"< {TargetSeconds}");
            Row("CPU time (all threads), s", cpu.TotalSeconds.ToString("F2", CultureInfo.InvariantCulture), "");
            Row("machine load average (1 min)", LoadAverage(), "");
            Row("peak working set, GiB", peakGiB.ToString("F2", CultureInfo.InvariantCulture), $"< {TargetGiB}");
            foreach (var path in paths)
            {
                Row(Path.GetFileName(path), $"{new FileInfo(path).Length / 1024.0:F0} KiB", "");
            }

            var met = total.TotalSeconds < TargetSeconds && peakGiB < TargetGiB;
            Console.WriteLine(met ? "target met" : "TARGET MISSED");
            return met ? 0 : 1;
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>Wall time on a shared machine depends on what else runs; the load average says how much did.</summary>
    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "n/a";

    private static void Row(string measure, string value, string target) =>
        Console.WriteLine($"| {measure,-34} | {value,12} | {target,10} |");

    private static int Option(string[] args, string name, int fallback)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length && int.TryParse(args[at + 1], CultureInfo.InvariantCulture, out var value) ? value : fallback;
    }
}
