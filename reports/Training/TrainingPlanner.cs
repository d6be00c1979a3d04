using QualityAnalytics.Pipeline.Aggregation;
using QualityAnalytics.Reports.Data;
using QualityAnalytics.Reports.Excel;

namespace QualityAnalytics.Reports.Training;

/// <summary>Finds each operator's gaps from the period aggregates and ranks operators by priority. Pure.</summary>
public sealed class TrainingPlanner(TrainingCatalogue catalogue, ReportOptions options)
{
    public IReadOnlyList<OperatorPlan> Plan(
        IReadOnlyList<PeriodFigures> operators,
        IReadOnlyList<PeriodFigures> teams,
        IReadOnlyList<DailyStageAggregate> stages,
        IReadOnlyList<DailyViolationAggregate> violations)
    {
        var stageTotals = stages
            .GroupBy(s => (s.Dimension, s.DimKey, s.StageId))
            .ToDictionary(g => g.Key, g => (Required: g.Sum(s => s.RequiredCalls), Done: g.Sum(s => s.DoneCalls)));
        var ruleTotals = violations
            .GroupBy(v => (v.Dimension, v.DimKey, v.Rule))
            .ToDictionary(g => g.Key, g => (Calls: g.Sum(v => v.Calls), Critical: g.Any(v => v.Critical)));
        var teamCalls = teams.ToDictionary(t => t.Key, t => t.Calls, StringComparer.Ordinal);

        var plans = new List<OperatorPlan>();
        foreach (var op in operators.Where(o => o.Calls >= options.TrainingMinCalls))
        {
            var team = op.Parent ?? "";
            var gaps = new List<TrainingGap>();
            foreach (var ((dimension, key, stage), (required, done)) in stageTotals)
            {
                if (dimension != AggregateDimensions.Operator || key != op.Key || required == 0)
                {
                    continue;
                }

                var missed = required - done;
                var rate = (double)missed / required;
                if (missed > 0 && rate >= options.TrainingStageMissShare)
                {
                    var teamRate = stageTotals.TryGetValue((AggregateDimensions.Team, team, stage), out var t) && t.Required > 0
                        ? (double)(t.Required - t.Done) / t.Required
                        : (double?)null;
                    gaps.Add(new TrainingGap(GapKind.Stage, stage, false, rate, teamRate, missed, catalogue.ForStage(stage)));
                }
            }

            foreach (var ((dimension, key, rule), (calls, critical)) in ruleTotals)
            {
                if (dimension != AggregateDimensions.Operator || key != op.Key || calls == 0)
                {
                    continue;
                }

                var rate = (double)calls / op.Calls;
                if (critical || rate >= options.TrainingRuleShare)
                {
                    var teamRate = ruleTotals.TryGetValue((AggregateDimensions.Team, team, rule), out var t) && teamCalls.GetValueOrDefault(team) > 0
                        ? (double)t.Calls / teamCalls[team]
                        : (double?)null;
                    gaps.Add(new TrainingGap(GapKind.Rule, rule, critical, rate, teamRate, calls, catalogue.ForRule(rule)));
                }
            }

            if (gaps.Count > 0)
            {
                plans.Add(new OperatorPlan(op.Key, op.Label ?? op.Key, RussianLabels.OrNotSpecified(op.Parent), op.Calls, op.Overall, op.PassRate,
                    gaps.OrderByDescending(g => g.Weight).ThenBy(g => g.Id, StringComparer.Ordinal).ToList()));
            }
        }

        return plans
            .OrderBy(p => p.PriorityRank)
            .ThenByDescending(p => p.Score)
            .ThenBy(p => p.OperatorId, StringComparer.Ordinal)
            .ToList();
    }
}
