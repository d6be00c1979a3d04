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

        return FewEnoughRunnable(Environment.ProcessorCount - 2);
    }

    /// <summary>Whether, in any of a few looks a millisecond apart, no more than <paramref name="limit"/> threads
    /// besides the one asking are ready to run (true where the kernel does not say: not Linux). The first look that
    /// shows room answers, so an idle machine pays for one read of /proc/loadavg; the runtime's housekeeping threads
    /// are only counted when they could make the difference.</summary>
    private static bool FewEnoughRunnable(int limit)
    {
        const int Looks = 3;
        for (var i = 0; i < Looks; i++)
        {
            if (i > 0)
            {
                Thread.Sleep(1);
            }

            if (RunnableThreads() is not { } running)
            {
                return true;
            }

            var others = running - 1;
            if (others <= limit || others - RunnableHousekeepingThreads() <= limit)
            {
                return true;
            }
        }

        return false;
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
