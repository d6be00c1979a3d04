using QualityAnalytics.Models.Judgement;
using QualityAnalytics.Pipeline.Scoring;
using QualityAnalytics.Pipeline.Scoring.Script;

namespace QualityAnalytics.Pipeline.Tests.Scoring;

[TestClass]
public sealed class OperatorScriptLoaderTests
{
    [TestMethod]
    public void Load_ReadsShippedScript_WithEveryStageAndForbiddenList()
    {
        var script = OperatorScriptLoader.Load(new ScoringOptions().ScriptPath);

        Assert.AreEqual("gosuslugi-2026.1", script.Version);
        Assert.AreSequenceEqual(StageIds.All.Order(StringComparer.Ordinal), script.Stages.Select(s => s.Id).Order(StringComparer.Ordinal));
        Assert.IsTrue(script.Stages.Where(s => s.Id != StageIds.Identification).All(s => s.Phrases.Count >= 10));
        Assert.IsGreaterThanOrEqualTo(9, script.ForbiddenPhrases.Count);
        Assert.AreEqual(StageRequirements.WhenPersonalData, script.Stage(StageIds.Identification).Required);
    }

    [TestMethod]
    public void Parse_Throws_WhenStageMissing()
    {
        var e = Assert.ThrowsExactly<InvalidDataException>(() => OperatorScriptLoader.Parse("""
            version: test-1
            stages:
              - id: greeting
                phrases: [здравствуйте]
            """));

        Assert.Contains("identification", e.Message);
    }

    [TestMethod]
    public void Parse_Throws_WhenVersionMissing() =>
        Assert.ThrowsExactly<InvalidDataException>(() => OperatorScriptLoader.Parse("stages: []"));
}
