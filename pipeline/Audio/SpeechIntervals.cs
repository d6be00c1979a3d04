namespace QualityAnalytics.Pipeline.Audio;

/// <summary>Pure operations on interval lists.</summary>
public static class SpeechIntervals
{
    /// <summary>Sorts and joins intervals that overlap or are separated by less than <paramref name="maxGap"/> seconds.</summary>
    public static IReadOnlyList<SpeechInterval> Merge(IEnumerable<SpeechInterval> intervals, double maxGap)
    {
        var merged = new List<SpeechInterval>();
        foreach (var next in intervals.OrderBy(i => i.Start))
        {
            if (merged.Count > 0 && next.Start - merged[^1].End < maxGap)
            {
                merged[^1] = merged[^1] with { End = Math.Max(merged[^1].End, next.End) };
            }
            else
            {
                merged.Add(next);
            }
        }

        return merged;
    }

    /// <summary>Seconds of <paramref name="interval"/> covered by <paramref name="sorted"/>.</summary>
    public static double Overlap(SpeechInterval interval, IReadOnlyList<SpeechInterval> sorted)
    {
        var total = 0.0;
        foreach (var other in sorted)
        {
            if (other.Start >= interval.End)
            {
                break;
            }

            total += Math.Max(0, Math.Min(interval.End, other.End) - Math.Max(interval.Start, other.Start));
        }

        return total;
    }
}
