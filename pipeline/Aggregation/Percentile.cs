namespace QualityAnalytics.Pipeline.Aggregation;

public static class Percentile
{
    /// <summary>Nearest-rank percentile (the contract's definition for p95); null for no values.</summary>
    public static double? NearestRank(IEnumerable<double> values, double percent)
    {
        var sorted = values.Order().ToArray();
        if (sorted.Length == 0)
        {
            return null;
        }

        var rank = (int)Math.Ceiling(percent / 100.0 * sorted.Length);
        return sorted[Math.Clamp(rank, 1, sorted.Length) - 1];
    }
}
