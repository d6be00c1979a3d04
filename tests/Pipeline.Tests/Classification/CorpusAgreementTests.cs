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
/// script matching and the disclosure and question models (the topic and resolution classifiers have their own held-out
/// test).</summary>
[TestClass]
public sealed class CorpusAgreementTests
{
    public TestContext TestContext { get; set; } = null!;

    /// <summary>The disclosure and question models as `qa train` makes them for its held-out figures.</summary>
    private static readonly Lazy<(MlDisclosureClassifier Disclosure, MlQuestionClassifier Questions)> SplitModels = new(() =>
        (new MlDisclosureClassifier(SplitTraining.Result.Disclosure), new MlQuestionClassifier(SplitTraining.Result.Question)));

    /// <remarks>pd measured on the 23 held-out calls with a disclosure at precision 0.95 and recall 0.91 clean, 0.90 and
    /// 0.78 noisy (0.87 and 0.61 before the read-out was cut from the request inside run-on recognised sentences): the
    /// noisy recall is below the acceptance bar on the independent set (met there: 1.00), as recogniser slips in corpus
    /// text hide the cues and the caller's identification answers alike, and excerpts that begin mid-call count here
    /// too. need_clarification: recall 0.81 clean, 0.73 noisy with the question model (0.75 and 0.46 without it and
    /// before a «?» sentence beside an identification request counted: in text without punctuation a question lost its
    /// «?»). Stage micro-F1 0.937 clean, 0.889 noisy. The bars guard against going back from there.</remarks>
    [TestMethod]
    [DataRow(false, 0.85, 0.85, 0.85, 0.70)]
    [DataRow(true, 0.82, 0.70, 0.85, 0.65)]
    public void Judge_AgreesWithGraders_OnHeldOutDialogues(bool noisy, double minStageF1, double minPdRecall, double minPdPrecision, double minClarificationRecall)
    {
        var report = new AgreementReport();
        foreach (var source in CorpusReader.ReadDirectory(CorpusLocation.Directory).Where(d => CorpusSplit.IsHeldOut(d.Id)))
        {
            var d = noisy ? CorpusAugmenter.NoisyCopy(source, 99) : source;
            var judge = new ScriptCallJudge(ScoringFixtures.Script, new FixedClassifier(d.Topic, d.Resolution), disclosure: SplitModels.Value.Disclosure, questions: SplitModels.Value.Questions);
            var call = new CallRecord { CallId = d.Id, StartedAt = DateTimeOffset.UnixEpoch, OperatorId = "op" };
            var judgement = judge.Judge(call, new Transcript(d.Id, "ru", d.Segments), TranscriptSource.Transcript,
                SpeedCalculator.Compute(d.Segments, null, null, null));
            report.Add(new GradeLabel(d.Id, d.Topic, d.Resolution, d.Stages, [.. d.Violations.Select(v => v.Rule)]), judgement);
        }

        TestContext.WriteLine(report.Render());
        Assert.IsGreaterThanOrEqualTo(minStageF1, report.MicroStageF1);
        Assert.IsGreaterThanOrEqualTo(minPdRecall, report.Violations[ViolationRules.PdBeforeIdentification].Recall);
        Assert.IsGreaterThanOrEqualTo(minPdPrecision, report.Violations[ViolationRules.PdBeforeIdentification].Precision);
        Assert.IsGreaterThanOrEqualTo(minClarificationRecall, report.Stages[StageIds.NeedClarification].Recall, "need_clarification recall");
    }
}
