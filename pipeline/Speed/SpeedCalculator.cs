using QualityAnalytics.Models.Calls;
using QualityAnalytics.Models.Judgement;

namespace QualityAnalytics.Pipeline.Speed;

/// <summary>The contract's speed definitions, computed from timed segments. Pure.</summary>
public static class SpeedCalculator
{
    /// <summary>Gaps at least this long count as dead air.</summary>
    public const double DeadAirGapS = 3.0;

    /// <param name="segments">Speech of both speakers, any order.</param>
    /// <param name="recordingDurationS">The recording's real duration; null when there is no recording.</param>
    public static SpeedMetrics Compute(IReadOnlyList<Segment> segments, double? recordingDurationS, double? queueWaitS, double? holdS)
    {
        var ordered = segments.OrderBy(s => s.Start).ThenBy(s => s.End).ToList();
        double? handle = recordingDurationS ?? (ordered.Count > 0 ? ordered.Max(s => s.End) : null);
        var latencies = ResponseLatencies(ordered);
        var gaps = SilenceGaps(ordered);

        return new SpeedMetrics
        {
            QueueWaitS = queueWaitS,
            HoldS = holdS,
            HandleS = handle,
            FirstResponseS = ordered.FirstOrDefault(s => s.Speaker == Speaker.Operator)?.Start,
            MeanResponseS = latencies.Count > 0 ? latencies.Average() : null,
            P95ResponseS = latencies.Count > 0 ? NearestRank(latencies, 0.95) : null,
            MaxSilenceS = ordered.Count > 0 ? (gaps.Count > 0 ? gaps.Max() : 0) : null,
            DeadAirRatio = Ratio(gaps.Where(g => g >= DeadAirGapS).Sum(), handle, ordered.Count),
            OvertalkRatio = Ratio(OverlapSeconds(ordered), handle, ordered.Count),
        };
    }

    /// <summary>For each customer segment directly followed (by start time) by an operator segment:
    /// max(0, operator.start - customer.end).</summary>
    internal static List<double> ResponseLatencies(IReadOnlyList<Segment> ordered)
    {
        var latencies = new List<double>();
        for (var i = 0; i + 1 < ordered.Count; i++)
        {
            if (ordered[i].Speaker == Speaker.Customer && ordered[i + 1].Speaker == Speaker.Operator)
            {
                latencies.Add(Math.Max(0, ordered[i + 1].Start - ordered[i].End));
            }
        }

        return latencies;
    }

    /// <summary>Gaps in the union of all segments between the first start and the last end.</summary>
    internal static List<double> SilenceGaps(IReadOnlyList<Segment> ordered)
    {
        var gaps = new List<double>();
        if (ordered.Count == 0)
        {
            return gaps;
        }

        var coveredUntil = ordered[0].End;
        foreach (var segment in ordered.Skip(1))
        {
            if (segment.Start > coveredUntil)
            {
                gaps.Add(segment.Start - coveredUntil);
            }

            coveredUntil = Math.Max(coveredUntil, segment.End);
        }

        return gaps;
    }

    /// <summary>Seconds where operator speech and customer speech overlap (each side's own overlaps merged first).</summary>
    internal static double OverlapSeconds(IReadOnlyList<Segment> ordered)
    {
        var operatorSpeech = Union(ordered.Where(s => s.Speaker == Speaker.Operator));
        var customerSpeech = Union(ordered.Where(s => s.Speaker == Speaker.Customer));
        double overlap = 0;
        int i = 0, j = 0;
        while (i < operatorSpeech.Count && j < customerSpeech.Count)
        {
            var (aStart, aEnd) = operatorSpeech[i];
            var (bStart, bEnd) = customerSpeech[j];
            overlap += Math.Max(0, Math.Min(aEnd, bEnd) - Math.Max(aStart, bStart));
            if (aEnd < bEnd)
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return overlap;
    }

    private static List<(double Start, double End)> Union(IEnumerable<Segment> segments)
    {
        var merged = new List<(double Start, double End)>();
        foreach (var s in segments.OrderBy(s => s.Start))
        {
            if (merged.Count > 0 && s.Start <= merged[^1].End)
            {
                merged[^1] = (merged[^1].Start, Math.Max(merged[^1].End, s.End));
            }
            else
            {
                merged.Add((s.Start, s.End));
            }
        }

        return merged;
    }

    /// <summary>Nearest-rank percentile: the value at rank ceil(p·n) of the sorted values.</summary>
    internal static double NearestRank(IReadOnlyList<double> values, double percentile)
    {
        var sorted = values.Order().ToArray();
        var rank = (int)Math.Ceiling(percentile * sorted.Length);
        return sorted[Math.Clamp(rank, 1, sorted.Length) - 1];
    }

    private static double? Ratio(double seconds, double? handle, int segmentCount) =>
        segmentCount == 0 || handle is not > 0 ? null : seconds / handle.Value;
}
