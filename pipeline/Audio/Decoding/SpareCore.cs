using System.Globalization;

namespace QualityAnalytics.Pipeline.Audio.Decoding;

/// <summary>Whether a second core is free for decoding the other half of a recording.</summary>
/// <remarks>
/// Splitting only shortens one recording's wall time when a core would otherwise sit idle: the batch already decodes
/// calls side by side (one per core), and on a busy machine the two halves only queue behind other work while paying
/// for the second decoder's start. So: at least two cores, no other decode running in this process, and (on Linux)
/// the one-minute load average leaving a core free.
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

        return LoadAverage() is not { } load || load < Environment.ProcessorCount - 0.5;
    }

    private static double? LoadAverage()
    {
        try
        {
            var text = File.ReadAllText("/proc/loadavg");
            return double.Parse(text.AsSpan(0, text.IndexOf(' ')), NumberStyles.Float, CultureInfo.InvariantCulture);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException or ArgumentOutOfRangeException)
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
