using System.Globalization;
using QualityAnalytics.Models.Judgement;

namespace QualityAnalytics.Pipeline.Aggregation;

/// <summary>First-contact resolution: a resolved call counts when the same caller does not call again about the
/// same topic within 7 days after it. Calls without a caller id cannot be judged and are counted apart.</summary>
public static class FirstContactResolution
{
    public static readonly TimeSpan RepeatWindow = TimeSpan.FromDays(7);

    /// <summary>Ids of the calls that count as resolved at first contact.</summary>
    /// <param name="calls">Must include every call up to 7 days after the calls being judged.</param>
    public static HashSet<string> Resolved(IEnumerable<CallFact> calls)
    {
        var result = new HashSet<string>(StringComparer.Ordinal);
        var threads = calls
            .Where(c => !string.IsNullOrWhiteSpace(c.CallerId))
            .Select(c => (Call: c, At: DateTimeOffset.Parse(c.StartedAt, CultureInfo.InvariantCulture).UtcDateTime))
            .GroupBy(c => (Caller: c.Call.CallerId!.Trim(), c.Call.Topic));
        foreach (var thread in threads)
        {
            var ordered = thread.OrderBy(c => c.At).ThenBy(c => c.Call.CallId, StringComparer.Ordinal).ToList();
            for (var i = 0; i < ordered.Count; i++)
            {
                var (call, at) = ordered[i];
                var calledAgain = i + 1 < ordered.Count && ordered[i + 1].At - at <= RepeatWindow;
                if (call.Resolution == Resolutions.Resolved && !calledAgain)
                {
                    result.Add(call.CallId);
                }
            }
        }

        return result;
    }

    public static bool HasCaller(CallFact call) => !string.IsNullOrWhiteSpace(call.CallerId);
}
