using Microsoft.Data.Analysis;
using QualityAnalytics.Models.Judgement;

namespace QualityAnalytics.Pipeline.Aggregation;

/// <summary>The calls as a DataFrame of additive columns: every mean is a sum over a count, so one group-by Sum
/// gives all figures of a group, and a nullable metric contributes to its count only where it is known.</summary>
internal static class CallFrame
{
    public const string Key = "key";

    /// <summary>Service level counts calls answered within this many seconds (the 80/20 standard).</summary>
    public const double ServiceLevelSeconds = 20;

    public static readonly string[] Additive =
    [
        "calls", "overall", "adherence", "speed", "resolution_score", "pass", "coach", "fail",
        "has_critical", "critical", "violations", "resp_sum", "resp_n", "dead_sum", "dead_n",
        "handle_sum", "handle_n", "queue_sum", "queue_n", "answered_20s", "hold_sum", "hold_n",
        "resolved", "transferred", "callback", "unresolved", "caller_known", "fcr", "no_caller",
    ];

    /// <summary>The call's own p95 latency; not additive (null where unknown), read per group for the group's p95.</summary>
    public const string P95 = "p95";

    public static DataFrame Build(IReadOnlyList<CallFact> calls, IReadOnlyList<ViolationFact> violations, IReadOnlySet<string> fcr)
    {
        var perCall = violations
            .GroupBy(v => v.CallId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (All: g.Count(), Critical: g.Count(v => v.Critical)), StringComparer.Ordinal);
        var columns = Additive.ToDictionary(name => name, name => new DoubleDataFrameColumn(name, calls.Count));
        for (var i = 0; i < calls.Count; i++)
        {
            var call = calls[i];
            var (all, critical) = perCall.GetValueOrDefault(call.CallId);
            var hasCaller = FirstContactResolution.HasCaller(call);
            columns["calls"][i] = 1;
            columns["overall"][i] = call.Overall;
            columns["adherence"][i] = call.Adherence;
            columns["speed"][i] = call.Speed;
            columns["resolution_score"][i] = call.ResolutionScore;
            columns["pass"][i] = Flag(call.Verdict == Verdicts.Pass);
            columns["coach"][i] = Flag(call.Verdict == Verdicts.Coach);
            columns["fail"][i] = Flag(call.Verdict == Verdicts.Fail);
            columns["has_critical"][i] = Flag(critical > 0);
            columns["critical"][i] = critical;
            columns["violations"][i] = all;
            SetMetric(columns, "resp", i, call.MeanResponseS);
            SetMetric(columns, "dead", i, call.DeadAirRatio);
            SetMetric(columns, "handle", i, call.HandleS);
            SetMetric(columns, "queue", i, call.QueueWaitS);
            SetMetric(columns, "hold", i, call.HoldS);
            columns["answered_20s"][i] = Flag(call.QueueWaitS is <= ServiceLevelSeconds);
            columns["resolved"][i] = Flag(call.Resolution == Resolutions.Resolved);
            columns["transferred"][i] = Flag(call.Resolution == Resolutions.Transferred);
            columns["callback"][i] = Flag(call.Resolution == Resolutions.Callback);
            columns["unresolved"][i] = Flag(call.Resolution == Resolutions.Unresolved);
            columns["caller_known"][i] = Flag(hasCaller);
            columns["fcr"][i] = Flag(fcr.Contains(call.CallId));
            columns["no_caller"][i] = Flag(!hasCaller);
        }

        var p95 = new DoubleDataFrameColumn(P95, calls.Select(c => c.P95ResponseS));
        return new DataFrame(Additive.Select(name => (DataFrameColumn)columns[name]).Append(p95));
    }

    private static double Flag(bool value) => value ? 1 : 0;

    private static void SetMetric(Dictionary<string, DoubleDataFrameColumn> columns, string prefix, int row, double? value)
    {
        columns[prefix + "_sum"][row] = value ?? 0;
        columns[prefix + "_n"][row] = value is null ? 0 : 1;
    }
}
