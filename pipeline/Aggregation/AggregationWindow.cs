namespace QualityAnalytics.Pipeline.Aggregation;

/// <summary>Which days a batch changes. A new call can turn an earlier resolved call of the same caller into a
/// repeat, so the 7 days before each batch day are recomputed too; judging FCR for the last of those days needs
/// the calls of the 7 days after it (plus one for calls near midnight in another offset).</summary>
public static class AggregationWindow
{
    public static SortedSet<DateOnly> DaysToRecompute(IEnumerable<DateOnly> batchDays)
    {
        var days = new SortedSet<DateOnly>();
        foreach (var day in batchDays)
        {
            for (var back = 0; back <= FirstContactResolution.RepeatWindow.Days; back++)
            {
                days.Add(day.AddDays(-back));
            }
        }

        return days;
    }

    /// <summary>The call dates to load so that every recomputed day has its full FCR look-ahead.</summary>
    public static (DateOnly From, DateOnly To) DaysToLoad(IReadOnlyCollection<DateOnly> recomputed) =>
        (recomputed.Min(), recomputed.Max().AddDays(FirstContactResolution.RepeatWindow.Days + 1));
}
