using QualityAnalytics.Models.Calls;
using QualityAnalytics.Models.Judgement;
using QualityAnalytics.Pipeline.Classification;
using QualityAnalytics.Pipeline.Scoring;
using QualityAnalytics.Pipeline.Scoring.Evaluation;
using QualityAnalytics.Pipeline.Speed;
using QualityAnalytics.Pipeline.Tests.Scoring;

namespace QualityAnalytics.Pipeline.Tests.Classification;

/// <summary>The judge's stages and violations against the graders' labels on the held-out corpus dialogues,
/// clean and ASR-noisy. Topic and resolution are given from the labels here, so the figures are those of the
/// script matching alone (the classifiers have their own held-out test).</summary>
[TestClass]
public sealed class CorpusAgreementTests
{
    public TestContext TestContext { get; set; } = null!;

    /// <remarks>The pd bars are below the acceptance bars on the independent set (met there: recall 1.00 clean and
    /// noisy): since the corpus grew to 1,891 dialogues by eleven writers, its held-out part holds disclosures the
    /// judge does not yet see (a status told in one phrase with no look-up, calls that begin after identification),
    /// measured at recall 0.73 clean and 0.67 noisy. The bars guard against going back from there.</remarks>
    [TestMethod]
    [DataRow(false, 0.85, 0.70)]
    [DataRow(true, 0.75, 0.60)]
    public void Judge_AgreesWithGraders_OnHeldOutDialogues(bool noisy, double minStageF1, double minPdRecall)
    {
        var report = new AgreementReport();
        foreach (var source in CorpusReader.ReadDirectory(CorpusLocation.Directory).Where(d => CorpusSplit.IsHeldOut(d.Id)))
        {
            var d = noisy ? CorpusAugmenter.NoisyCopy(source, 99) : source;
            var judge = new ScriptCallJudge(ScoringFixtures.Script, new FixedClassifier(d.Topic, d.Resolution));
            var call = new CallRecord { CallId = d.Id, StartedAt = DateTimeOffset.UnixEpoch, OperatorId = "op" };
            var judgement = judge.Judge(call, new Transcript(d.Id, "ru", d.Segments), TranscriptSource.Transcript,
                SpeedCalculator.Compute(d.Segments, null, null, null));
            report.Add(new GradeLabel(d.Id, d.Topic, d.Resolution, d.Stages, [.. d.Violations.Select(v => v.Rule)]), judgement);
        }

        TestContext.WriteLine(report.Render());
        Assert.IsGreaterThanOrEqualTo(minStageF1, report.MicroStageF1);
        Assert.IsGreaterThanOrEqualTo(minPdRecall, report.Violations[ViolationRules.PdBeforeIdentification].Recall);
    }
}
