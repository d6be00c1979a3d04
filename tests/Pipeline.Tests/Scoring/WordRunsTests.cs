using QualityAnalytics.Pipeline.Scoring.Matching;

namespace QualityAnalytics.Pipeline.Tests.Scoring;

[TestClass]
public sealed class WordRunsTests
{
    private static readonly WordRuns Runs = new(["я ведь не уточнил", "я же не", "ой", "не уточнил кто"]);

    [TestMethod]
    [DataRow("вижу заявление ой простите я ведь не уточнил", 2)]
    [DataRow("я же не спросила", 0)]
    [DataRow("я ведь не спросил кто вы", -1)]
    [DataRow("простите не уточнил кто вы я же не", 1)]
    [DataRow("я ведь не", -1)]
    [DataRow("", -1)]
    public void FirstIn_FindsTheEarliestRunOfAny(string text, int expected)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);

        Assert.AreEqual(expected, Runs.FirstIn(words));
        Assert.AreEqual(expected >= 0, Runs.In(words));
    }
}
