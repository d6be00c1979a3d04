using QualityAnalytics.Models.Judgement;
using QualityAnalytics.Pipeline.Scoring;

namespace QualityAnalytics.Pipeline.Tests.Scoring;

[TestClass]
public sealed class ScorecardTests
{
    [TestMethod]
    public void Score_Is100_WhenEveryMetricWithinTarget()
    {
        var speed = new SpeedMetrics { FirstResponseS = 1, MeanResponseS = 1, P95ResponseS = 2, MaxSilenceS = 3, DeadAirRatio = 0, QueueWaitS = 10 };

        Assert.AreEqual(100, SpeedScorer.Score(speed, ScoringFixtures.Script.Script.Speed));
    }

    [TestMethod]
    public void Score_FallsLinearly_WhenMetricBetweenTargetAndBad()
    {
        // mean_response_s: good 2, bad 8, weight 2 → 5 s scores 50; queue wait 300 s scores 0 (weight 1).
        var speed = new SpeedMetrics { MeanResponseS = 5, QueueWaitS = 300 };

        Assert.AreEqual(Math.Round(100.0 / 3, 1), SpeedScorer.Score(speed, ScoringFixtures.Script.Script.Speed));
    }

    [TestMethod]
    public void Compute_IgnoresStagesNotRequired_AndPenalisesForbiddenPhrases()
    {
        var script = ScoringFixtures.Script.Script;
        var stages = StageIds.All.Select(id => new StageResult(id, id != StageIds.Identification, id != StageIds.Identification, 0, "q")).ToList();
        var violations = new[] { new Violation(ViolationRules.ForbiddenPhrase, false, 1, "не знаю") };

        var scores = Scorecard.Compute(script, stages, violations, speedScore: 100, Resolutions.Resolved);

        Assert.AreEqual(100 - script.Scores.ForbiddenPhrasePenalty, scores.Adherence);
        Assert.AreEqual(100, scores.Resolution);
    }
}
