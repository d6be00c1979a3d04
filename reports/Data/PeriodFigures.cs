using QualityAnalytics.Pipeline.Aggregation;

namespace QualityAnalytics.Reports.Data;

/// <summary>The figures of one dimension value over a period, combined exactly from its daily rows (means weighted
/// by their counts). The p95 latency is the call-weighted mean of the daily p95s: percentiles do not add up.</summary>
public sealed record PeriodFigures
{
    public required string Key { get; init; }
    public string? Label { get; init; }
    public string? Parent { get; init; }
    public int Calls { get; init; }
    public double? Overall { get; init; }
    public double? Adherence { get; init; }
    public double? Speed { get; init; }
    public double? ResolutionScore { get; init; }
    public int Pass { get; init; }
    public int Coach { get; init; }
    public int Fail { get; init; }
    public int CallsWithCritical { get; init; }
    public int CriticalViolations { get; init; }
    public int Violations { get; init; }
    public double? MeanResponseS { get; init; }
    public double? P95ResponseS { get; init; }
    public double? DeadAirRatio { get; init; }
    public double? AhtS { get; init; }
    public double? AsaS { get; init; }
    public double? ServiceLevel { get; init; }
    public double? HoldS { get; init; }
    public int Resolved { get; init; }
    public int Transferred { get; init; }
    public int Callback { get; init; }
    public int Unresolved { get; init; }
    public int CallerKnownCalls { get; init; }
    public int FcrCalls { get; init; }
    public int NoCallerCalls { get; init; }

    public double? PassRate => Share(Pass, Calls);
    public double? CriticalShare => Share(CallsWithCritical, Calls);
    public double? ResolvedShare => Share(Resolved, Calls);
    public double? FcrRate => Share(FcrCalls, CallerKnownCalls);

    public static PeriodFigures Combine(string key, IReadOnlyCollection<DailyAggregate> days)
    {
        var calls = days.Sum(d => d.Calls);
        var latest = days.OrderBy(d => d.CallDate, StringComparer.Ordinal).LastOrDefault();
        return new PeriodFigures
        {
            Key = key,
            Label = days.Where(d => d.DimLabel is not null).OrderBy(d => d.CallDate, StringComparer.Ordinal).LastOrDefault()?.DimLabel,
            Parent = latest?.ParentKey,
            Calls = calls,
            Overall = Weighted(days, d => d.OverallMean, d => d.Calls),
            Adherence = Weighted(days, d => d.AdherenceMean, d => d.Calls),
            Speed = Weighted(days, d => d.SpeedMean, d => d.Calls),
            ResolutionScore = Weighted(days, d => d.ResolutionMean, d => d.Calls),
            Pass = days.Sum(d => d.PassCalls),
            Coach = days.Sum(d => d.CoachCalls),
            Fail = days.Sum(d => d.FailCalls),
            CallsWithCritical = days.Sum(d => d.CallsWithCritical),
            CriticalViolations = days.Sum(d => d.CriticalViolations),
            Violations = days.Sum(d => d.Violations),
            MeanResponseS = Weighted(days, d => d.MeanResponseS, d => d.ResponseN),
            P95ResponseS = Weighted(days, d => d.P95ResponseS, d => d.ResponseN),
            DeadAirRatio = Weighted(days, d => d.DeadAirRatio, d => d.DeadAirN),
            AhtS = Weighted(days, d => d.AhtS, d => d.HandleN),
            AsaS = Weighted(days, d => d.AsaS, d => d.QueueN),
            ServiceLevel = Share(days.Sum(d => d.Answered20s), days.Sum(d => d.QueueN)),
            HoldS = Weighted(days, d => d.HoldS, d => d.HoldN),
            Resolved = days.Sum(d => d.Resolved),
            Transferred = days.Sum(d => d.Transferred),
            Callback = days.Sum(d => d.Callback),
            Unresolved = days.Sum(d => d.Unresolved),
            CallerKnownCalls = days.Sum(d => d.CallerKnownCalls),
            FcrCalls = days.Sum(d => d.FcrCalls),
            NoCallerCalls = days.Sum(d => d.NoCallerCalls),
        };
    }

    /// <summary>Figures per key of one dimension, most calls first.</summary>
    public static List<PeriodFigures> ByKey(IEnumerable<DailyAggregate> rows, string dimension) =>
        rows.Where(r => r.Dimension == dimension)
            .GroupBy(r => r.DimKey, StringComparer.Ordinal)
            .Select(g => Combine(g.Key, g.ToList()))
            .OrderByDescending(f => f.Calls).ThenBy(f => f.Key, StringComparer.Ordinal)
            .ToList();

    private static double? Share(int part, int whole) => whole > 0 ? (double)part / whole : null;

    private static double? Weighted(IEnumerable<DailyAggregate> days, Func<DailyAggregate, double?> value, Func<DailyAggregate, int> weight)
    {
        double sum = 0, total = 0;
        foreach (var day in days)
        {
            if (value(day) is { } v && weight(day) > 0)
            {
                sum += v * weight(day);
                total += weight(day);
            }
        }

        return total > 0 ? sum / total : null;
    }
}
