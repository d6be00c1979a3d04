using System.Globalization;
using Microsoft.Data.Analysis;

namespace QualityAnalytics.Pipeline.Aggregation;

/// <summary>Turns call facts into the daily aggregates of every dimension with DataFrame group-bys. Pure: the same
/// facts give the same rows, which is what makes recomputing a day idempotent.</summary>
public static class DailyAggregator
{
    private const char Separator = '\u001f';

    /// <param name="calls">Calls of the days to aggregate plus the 7 days after them (FCR look-ahead).</param>
    /// <param name="days">The days (yyyy-MM-dd) to produce rows for.</param>
    public static AggregateSet Aggregate(
        IReadOnlyList<CallFact> calls,
        IReadOnlyList<ViolationFact> violations,
        IReadOnlyList<StageFact> stages,
        IReadOnlySet<string> days)
    {
        var fcr = FirstContactResolution.Resolved(calls);
        var inDays = calls.Where(c => days.Contains(c.CallDate)).OrderBy(c => c.CallId, StringComparer.Ordinal).ToList();
        var byId = inDays.ToDictionary(c => c.CallId, StringComparer.Ordinal);
        var dayViolations = violations.Where(v => byId.ContainsKey(v.CallId)).ToList();
        var frame = CallFrame.Build(inDays, dayViolations, fcr);
        var labels = OperatorLabels(inDays);

        var daily = new List<DailyAggregate>();
        var violationRows = new List<DailyViolationAggregate>();
        var stageRows = new List<DailyStageAggregate>();
        foreach (var dimension in AggregateDimensions.Every)
        {
            daily.AddRange(DailyRows(frame, inDays, dimension, labels));
            violationRows.AddRange(ViolationRows(dayViolations, byId, dimension));
            stageRows.AddRange(StageRows(stages, byId, dimension));
        }

        return new AggregateSet(daily, violationRows, stageRows);
    }

    private static IEnumerable<DailyAggregate> DailyRows(
        DataFrame frame, IReadOnlyList<CallFact> calls, string dimension, IReadOnlyDictionary<(string, string), (string?, string?)> labels)
    {
        if (calls.Count == 0)
        {
            yield break;
        }

        SetKey(frame, calls.Select(c => c.CallDate + Separator + AggregateDimensions.KeyOf(c, dimension)));
        var sums = frame.GroupBy(CallFrame.Key).Sum(CallFrame.Additive);
        var p95Column = frame.Columns.IndexOf(CallFrame.P95);
        var p95 = frame.GroupBy<string>(CallFrame.Key).Groupings.ToDictionary(
            g => g.Key,
            g => Percentile.NearestRank(g.Select(row => row[p95Column]).OfType<double>(), 95),
            StringComparer.Ordinal);
        for (long row = 0; row < sums.Rows.Count; row++)
        {
            var key = (string)sums.Columns[CallFrame.Key][row];
            var parts = key.Split(Separator);
            double Sum(string name) => Convert.ToDouble(sums.Columns[name][row], CultureInfo.InvariantCulture);
            int Count(string name) => checked((int)Math.Round(Sum(name)));
            double? Mean(string sum, string n) => Sum(n) > 0 ? Sum(sum) / Sum(n) : null;
            var n = Sum("calls");
            var (label, parent) = dimension == AggregateDimensions.Operator ? labels[(parts[0], parts[1])] : (null, null);
            yield return new DailyAggregate
            {
                CallDate = parts[0],
                Dimension = dimension,
                DimKey = parts[1],
                DimLabel = label,
                ParentKey = parent,
                Calls = Count("calls"),
                OverallMean = Sum("overall") / n,
                AdherenceMean = Sum("adherence") / n,
                SpeedMean = Sum("speed") / n,
                ResolutionMean = Sum("resolution_score") / n,
                PassCalls = Count("pass"),
                CoachCalls = Count("coach"),
                FailCalls = Count("fail"),
                CallsWithCritical = Count("has_critical"),
                CriticalViolations = Count("critical"),
                Violations = Count("violations"),
                ResponseN = Count("resp_n"),
                MeanResponseS = Mean("resp_sum", "resp_n"),
                P95ResponseS = p95[key],
                DeadAirN = Count("dead_n"),
                DeadAirRatio = Mean("dead_sum", "dead_n"),
                HandleN = Count("handle_n"),
                AhtS = Mean("handle_sum", "handle_n"),
                QueueN = Count("queue_n"),
                AsaS = Mean("queue_sum", "queue_n"),
                Answered20s = Count("answered_20s"),
                ServiceLevel = Mean("answered_20s", "queue_n"),
                HoldN = Count("hold_n"),
                HoldS = Mean("hold_sum", "hold_n"),
                Resolved = Count("resolved"),
                Transferred = Count("transferred"),
                Callback = Count("callback"),
                Unresolved = Count("unresolved"),
                CallerKnownCalls = Count("caller_known"),
                FcrCalls = Count("fcr"),
                FcrRate = Mean("fcr", "caller_known"),
                NoCallerCalls = Count("no_caller"),
            };
        }
    }

    private static IEnumerable<DailyViolationAggregate> ViolationRows(
        IReadOnlyList<ViolationFact> violations, IReadOnlyDictionary<string, CallFact> calls, string dimension)
    {
        // One row per call and rule first, so the group-by counts both violations and affected calls.
        var perCallRule = violations
            .GroupBy(v => (v.CallId, v.Rule))
            .Select(g => (Call: calls[g.Key.CallId], g.Key.Rule, Count: g.Count(), Critical: g.Any(v => v.Critical)))
            .ToList();
        if (perCallRule.Count == 0)
        {
            yield break;
        }

        var frame = new DataFrame(
            new StringDataFrameColumn(CallFrame.Key, perCallRule.Select(r =>
                string.Join(Separator, r.Call.CallDate, AggregateDimensions.KeyOf(r.Call, dimension), r.Rule))),
            new DoubleDataFrameColumn("violations", perCallRule.Select(r => (double)r.Count)),
            new DoubleDataFrameColumn("calls", perCallRule.Select(_ => 1.0)),
            new DoubleDataFrameColumn("critical", perCallRule.Select(r => r.Critical ? 1.0 : 0.0)));
        var sums = frame.GroupBy(CallFrame.Key).Sum("violations", "calls", "critical");
        for (long row = 0; row < sums.Rows.Count; row++)
        {
            var parts = ((string)sums.Columns[CallFrame.Key][row]).Split(Separator);
            yield return new DailyViolationAggregate
            {
                CallDate = parts[0],
                Dimension = dimension,
                DimKey = parts[1],
                Rule = parts[2],
                Critical = Convert.ToDouble(sums.Columns["critical"][row], CultureInfo.InvariantCulture) > 0,
                Violations = (int)Convert.ToDouble(sums.Columns["violations"][row], CultureInfo.InvariantCulture),
                Calls = (int)Convert.ToDouble(sums.Columns["calls"][row], CultureInfo.InvariantCulture),
            };
        }
    }

    private static IEnumerable<DailyStageAggregate> StageRows(
        IReadOnlyList<StageFact> stages, IReadOnlyDictionary<string, CallFact> calls, string dimension)
    {
        var rows = stages.Where(s => calls.ContainsKey(s.CallId)).ToList();
        if (rows.Count == 0)
        {
            yield break;
        }

        var frame = new DataFrame(
            new StringDataFrameColumn(CallFrame.Key, rows.Select(s =>
            {
                var call = calls[s.CallId];
                return string.Join(Separator, call.CallDate, AggregateDimensions.KeyOf(call, dimension), s.StageId);
            })),
            new DoubleDataFrameColumn("required", rows.Select(_ => 1.0)),
            new DoubleDataFrameColumn("done", rows.Select(s => s.Done ? 1.0 : 0.0)));
        var sums = frame.GroupBy(CallFrame.Key).Sum("required", "done");
        for (long row = 0; row < sums.Rows.Count; row++)
        {
            var parts = ((string)sums.Columns[CallFrame.Key][row]).Split(Separator);
            yield return new DailyStageAggregate
            {
                CallDate = parts[0],
                Dimension = dimension,
                DimKey = parts[1],
                StageId = parts[2],
                RequiredCalls = (int)Convert.ToDouble(sums.Columns["required"][row], CultureInfo.InvariantCulture),
                DoneCalls = (int)Convert.ToDouble(sums.Columns["done"][row], CultureInfo.InvariantCulture),
            };
        }
    }

    private static void SetKey(DataFrame frame, IEnumerable<string> keys)
    {
        if (frame.Columns.IndexOf(CallFrame.Key) >= 0)
        {
            frame.Columns.Remove(CallFrame.Key);
        }

        frame.Columns.Add(new StringDataFrameColumn(CallFrame.Key, keys));
    }

    /// <summary>Per day and operator: the name last given, and the team most of the day's calls name.</summary>
    private static Dictionary<(string Day, string Operator), (string? Name, string? Team)> OperatorLabels(IReadOnlyList<CallFact> calls) =>
        calls.GroupBy(c => (c.CallDate, c.OperatorId)).ToDictionary(
            g => g.Key,
            g => (
                g.OrderBy(c => c.StartedAt, StringComparer.Ordinal).LastOrDefault(c => c.OperatorName is not null)?.OperatorName,
                g.Where(c => c.Team is not null).GroupBy(c => c.Team!)
                    .OrderByDescending(t => t.Count()).ThenBy(t => t.Key, StringComparer.Ordinal)
                    .FirstOrDefault()?.Key));
}
