using QualityAnalytics.Pipeline.Classification;
using QualityAnalytics.Pipeline.Tests.Scoring;

namespace QualityAnalytics.Pipeline.Tests.Classification;

/// <summary>The models `qa train` makes for its held-out figures — trained on the split's training part only, so the
/// held-out dialogues stay unseen (the shipped models have seen them all) — trained once per test run and shared by
/// the tests that measure the held-out dialogues.</summary>
internal static class SplitTraining
{
    private static readonly Lazy<ClassifierTraining.Result> Shared = new(() =>
        ClassifierTraining.Run(CorpusReader.ReadDirectory(CorpusLocation.Directory), ScoringFixtures.Script, finalOnAll: false));

    public static ClassifierTraining.Result Result => Shared.Value;
}
