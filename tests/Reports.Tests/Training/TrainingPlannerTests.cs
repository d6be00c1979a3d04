using QualityAnalytics.Models.Judgement;
using QualityAnalytics.Pipeline.Aggregation;
using QualityAnalytics.Reports.Data;
using QualityAnalytics.Reports.Training;

namespace QualityAnalytics.Reports.Tests.Training;

[TestClass]
public sealed class TrainingPlannerTests
{
    private static readonly TrainingCatalogue Catalogue = TrainingCatalogue.Load(TrainingCatalogue.DefaultPath);

    private static PeriodFigures Operator(string id, string team, int calls, double passRate) => new()
    {
        Key = id, Label = id, Parent = team, Calls = calls, Pass = (int)(calls * passRate), Overall = 80,
    };

    private static DailyStageAggregate Stage(string dimension, string key, string stage, int required, int done) => new()
    {
        CallDate = "2026-03-02", Dimension = dimension, DimKey = key, StageId = stage, RequiredCalls = required, DoneCalls = done,
    };

    private static DailyViolationAggregate Rule(string dimension, string key, string rule, bool critical, int calls) => new()
    {
        CallDate = "2026-03-02", Dimension = dimension, DimKey = key, Rule = rule, Critical = critical, Violations = calls, Calls = calls,
    };

    [TestMethod]
    public void Plan_RanksACriticalViolationFirst_AndRecommendsTheCatalogueModule()
    {
        var planner = new TrainingPlanner(Catalogue, new ReportOptions());
        PeriodFigures[] operators = [Operator("op-1", "A", 10, 0.9), Operator("op-2", "A", 10, 0.6), Operator("op-3", "A", 10, 0.9)];
        PeriodFigures[] teams = [new() { Key = "A", Calls = 30 }];
        DailyStageAggregate[] stages =
        [
            // op-2 skips the farewell in half of the calls, the team in a fifth; op-3 skips nothing.
            Stage(AggregateDimensions.Operator, "op-2", StageIds.Farewell, 10, 5),
            Stage(AggregateDimensions.Operator, "op-3", StageIds.Farewell, 10, 10),
            Stage(AggregateDimensions.Team, "A", StageIds.Farewell, 30, 24),
        ];
        DailyViolationAggregate[] rules =
        [
            Rule(AggregateDimensions.Operator, "op-1", ViolationRules.PdBeforeIdentification, true, 1),
            Rule(AggregateDimensions.Team, "A", ViolationRules.PdBeforeIdentification, true, 1),
        ];

        var plans = planner.Plan(operators, teams, stages, rules);

        Assert.AreSequenceEqual(new[] { "op-1", "op-2" }, plans.Select(p => p.OperatorId).ToArray(), "op-3 has no gap");
        Assert.AreEqual("Высокий", plans[0].Priority);
        Assert.AreEqual("Идентификация заявителя и защита персональных данных", plans[0].Gaps.Single().Module.Module);
        var farewell = plans[1].Gaps.Single();
        Assert.AreEqual((GapKind.Stage, StageIds.Farewell, 5), (farewell.Kind, farewell.Id, farewell.AffectedCalls));
        Assert.AreEqual(0.5, farewell.OperatorRate, 1e-9);
        Assert.AreEqual(0.2, farewell.TeamRate!.Value, 1e-9);
        Assert.AreEqual("Стандарт завершения разговора", farewell.Module.Module);
    }

    [TestMethod]
    public void Load_MapsEveryContractStageAndRule_ToANamedModule()
    {
        foreach (var stage in StageIds.All)
        {
            Assert.IsTrue(Catalogue.Stages.ContainsKey(stage), stage);
        }

        foreach (var rule in new[] { ViolationRules.PdBeforeIdentification, ViolationRules.ForbiddenPhrase })
        {
            Assert.IsTrue(Catalogue.Rules.ContainsKey(rule), rule);
        }

        Assert.AreEqual(Catalogue.Default, Catalogue.ForRule("rule_added_later"));
    }

    [TestMethod]
    public void Load_RejectsAnEntryWithoutModule_WithTheEntryNamed()
    {
        var path = Path.Combine(Path.GetTempPath(), $"catalogue-{Guid.NewGuid():N}.yaml");
        File.WriteAllText(path, "stages:\n  greeting:\n    description: без названия\n");
        try
        {
            var error = Assert.ThrowsExactly<InvalidDataException>(() => TrainingCatalogue.Load(path));
            Assert.Contains("greeting", error.Message);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
