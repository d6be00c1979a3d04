using System.Globalization;

namespace QualityAnalytics.Pipeline.Audio.Decoding;

/// <summary>Whether a second core is free for decoding the other half of a recording.</summary>
/// <remarks>
/// Splitting only shortens one recording's wall time when a core would otherwise sit idle: the batch already decodes
/// calls side by side (one per core), and on a busy machine the two halves only queue behind other work while paying
/// for the second decoder's start. So: at least two cores, no other decode running in this process, and (on Linux) no
/// more threads ready to run right now than leave a core free. That is the kernel's count of runnable threads, taken a
/// few times a millisecond apart (the least counts: a thread that runs for an instant is not load), less the runtime's
/// own housekeeping threads in this process (tiered JIT, finalizer, GC), which run in bursts after any work. The
/// one-minute load average used before lagged by a minute and counted this process's own last decode, so back-to-back
/// decodes on an idle machine stopped splitting after a few seconds.
/// </remarks>
internal static class SpareCore
{
    private static int activeDecodes;

    /// <summary>Marks a decode as running until disposed.</summary>
    public static IDisposable Enter()
    {
        Interlocked.Increment(ref activeDecodes);
        return new Exit();
    }

    /// <summary>True when this decode (already entered) may take a second core.</summary>
    public static bool Available()
    {
        if (Environment.ProcessorCount < 2 || Volatile.Read(ref activeDecodes) > 1)
        {
            return false;
        }

        return OtherRunnableThreads() is not { } others || others <= Environment.ProcessorCount - 2;
    }

    /// <summary>Threads ready to run besides the one asking, the least of a few looks; null where the kernel does not
    /// say (not Linux).</summary>
    private static int? OtherRunnableThreads()
    {
        const int Looks = 3;
        var least = int.MaxValue;
        for (var i = 0; i < Looks; i++)
        {
            if (i > 0)
            {
                Thread.Sleep(1);
            }

            if (RunnableThreads() is not { } running)
            {
                return null;
            }

            least = Math.Min(least, running - 1 - RunnableHousekeepingThreads());
        }

        return least;
    }

    /// <summary>This process's runtime threads that are runnable now and do none of its work: the ones the runtime
    /// names «.NET …», except thread-pool workers and long-running tasks (which carry the process's own work).</summary>
    private static int RunnableHousekeepingThreads()
    {
        var count = 0;
        try
        {
            foreach (var task in Directory.EnumerateDirectories("/proc/self/task"))
            {
                string stat;
                try
                {
                    stat = File.ReadAllText(Path.Combine(task, "stat"));
                }
                catch (IOException)
                {
                    continue; // the thread ended meanwhile
                }

                // «tid (name) state …»: the name may hold spaces and parentheses, the state follows the last «)».
                var open = stat.IndexOf('(');
                var close = stat.LastIndexOf(')');
                if (open < 0 || close + 2 >= stat.Length || stat[close + 2] != 'R')
                {
                    continue;
                }

                var name = stat.AsSpan(open + 1, close - open - 1);
                if (name.StartsWith(".NET ") && !name.StartsWith(".NET TP Worker") && !name.StartsWith(".NET Long Running"))
                {
                    count++;
                }
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return 0;
        }

        return count;
    }

    /// <summary>The fourth field of /proc/loadavg, «runnable/total»: scheduling entities runnable at this instant,
    /// the reading thread included.</summary>
    private static int? RunnableThreads()
    {
        try
        {
            var fields = File.ReadAllText("/proc/loadavg").Split(' ');
            return fields.Length > 3 && int.TryParse(fields[3].AsSpan(0, fields[3].IndexOf('/')), NumberStyles.None, CultureInfo.InvariantCulture, out var running)
                ? running
                : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentOutOfRangeException)
        {
            return null;
        }
    }

    private sealed class Exit : IDisposable
    {
        private int disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref disposed, 1) == 0)
            {
                Interlocked.Decrement(ref activeDecodes);
            }
        }
    }
}
