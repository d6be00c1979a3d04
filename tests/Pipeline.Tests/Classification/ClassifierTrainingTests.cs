using QualityAnalytics.Pipeline.Classification;
using QualityAnalytics.Pipeline.Tests.Scoring;

namespace QualityAnalytics.Pipeline.Tests.Classification;

[TestClass]
public sealed class ClassifierTrainingTests
{
    public TestContext TestContext { get; set; } = null!;

    /// <summary>Trains on the corpus split exactly as `qa train` does and measures the held-out dialogues.</summary>
    [TestMethod]
    [Timeout(900_000, CooperativeCancellation = true)]
    public void Run_ReachesAccuracyOnHeldOutDialogues_WhenTrainedOnCorpus()
    {
        var result = SplitTraining.Result;

        TestContext.WriteLine($"held-out dialogues: {result.HeldOutDialogues}, training dialogues: {result.TrainDialogues}");
        TestContext.WriteLine($"topic accuracy {result.TopicHeldOut.Accuracy:0.000} (noisy {result.TopicHeldOutNoisy.Accuracy:0.000}), kappa {result.TopicHeldOut.Kappa:0.000}");
        TestContext.WriteLine(result.TopicHeldOut.Render());
        TestContext.WriteLine($"resolution accuracy {result.ResolutionHeldOut.Accuracy:0.000} (noisy {result.ResolutionHeldOutNoisy.Accuracy:0.000}), kappa {result.ResolutionHeldOut.Kappa:0.000}");
        TestContext.WriteLine(result.ResolutionHeldOut.Render());
        TestContext.WriteLine($"dismissive turns: precision {result.DismissalHeldOut.Precision:0.000}, recall {result.DismissalHeldOut.Recall:0.000} (noisy {result.DismissalHeldOutNoisy.Precision:0.000} / {result.DismissalHeldOutNoisy.Recall:0.000})");
        TestContext.WriteLine($"disclosing turns: precision {result.DisclosureHeldOut.Precision:0.000}, recall {result.DisclosureHeldOut.Recall:0.000} (noisy {result.DisclosureHeldOutNoisy.Precision:0.000} / {result.DisclosureHeldOutNoisy.Recall:0.000})");
        TestContext.WriteLine($"questions from words: precision {result.QuestionHeldOut.Precision:0.000}, recall {result.QuestionHeldOut.Recall:0.000} (noisy {result.QuestionHeldOutNoisy.Precision:0.000} / {result.QuestionHeldOutNoisy.Recall:0.000})");
        Assert.IsGreaterThanOrEqualTo(0.85, result.TopicHeldOut.Accuracy, "topic");
        Assert.IsGreaterThanOrEqualTo(0.80, result.DismissalHeldOut.Precision, "dismissal precision");
        Assert.IsGreaterThanOrEqualTo(0.60, result.DismissalHeldOut.Recall, "dismissal recall");
        Assert.IsGreaterThanOrEqualTo(0.85, result.ResolutionHeldOut.Accuracy, "resolution");
        Assert.IsGreaterThanOrEqualTo(0.85, result.DisclosureHeldOut.Precision, "disclosure precision");
        Assert.IsGreaterThanOrEqualTo(0.80, result.DisclosureHeldOut.Recall, "disclosure recall");
        Assert.IsGreaterThanOrEqualTo(0.75, result.TopicHeldOutNoisy.Accuracy, "topic, noisy");
        Assert.IsGreaterThanOrEqualTo(0.75, result.ResolutionHeldOutNoisy.Accuracy, "resolution, noisy");
        Assert.IsGreaterThanOrEqualTo(0.65, result.QuestionHeldOutNoisy.Precision, "questions from noisy words, precision");
        Assert.IsGreaterThanOrEqualTo(0.55, result.QuestionHeldOutNoisy.Recall, "questions from noisy words, recall");
    }
}
