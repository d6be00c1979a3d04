using QualityAnalytics.Pipeline.Aggregation;

namespace QualityAnalytics.Pipeline.Tests.Aggregation;

[TestClass]
public sealed class FirstContactResolutionTests
{
    private static CallFact Call(string id, string startedAt, string? caller, string topic = "payment", string resolution = "resolved") => new()
    {
        CallId = id, CallDate = startedAt[..10], StartedAt = startedAt, OperatorId = "op-1", CallerId = caller,
        Topic = topic, Resolution = resolution, Verdict = "pass",
    };

    [TestMethod]
    public void Resolved_FollowsTheSevenDayDefinition_OnACraftedCallerHistory()
    {
        CallFact[] history =
        [
            // Caller A: resolved, called again about the same topic 6 days later → not FCR; the repeat itself is FCR.
            Call("a1", "2026-03-01T10:00:00+03:00", "A"),
            Call("a2", "2026-03-07T09:00:00+03:00", "A"),
            // Caller B: resolved, next call about the same topic 8 days later → FCR; the later one too.
            Call("b1", "2026-03-01T10:00:00+03:00", "B"),
            Call("b2", "2026-03-09T10:00:01+03:00", "B"),
            // Caller C: resolved, called again within 7 days but about another topic → FCR.
            Call("c1", "2026-03-01T10:00:00+03:00", "C", topic: "payment"),
            Call("c2", "2026-03-02T10:00:00+03:00", "C", topic: "documents"),
            // Caller D: transferred is never FCR, even with no repeat.
            Call("d1", "2026-03-01T10:00:00+03:00", "D", resolution: "transferred"),
            // No caller id: cannot be judged.
            Call("n1", "2026-03-01T10:00:00+03:00", null),
            Call("n2", "2026-03-01T11:00:00+03:00", " "),
            // Caller E: exactly 7 days later counts as a repeat (within 7 days); offsets are compared as instants.
            Call("e1", "2026-03-01T10:00:00+03:00", "E"),
            Call("e2", "2026-03-08T08:00:00+01:00", "E"),
        ];

        var fcr = FirstContactResolution.Resolved(history);

        Assert.AreSequenceEqual(new[] { "a2", "b1", "b2", "c1", "c2", "e2" }, fcr.Order(StringComparer.Ordinal).ToArray());
    }

    [TestMethod]
    public void DaysToRecompute_IncludesTheSevenDaysBefore_WhenABatchAddsADay()
    {
        var days = AggregationWindow.DaysToRecompute([new DateOnly(2026, 3, 10)]);

        Assert.HasCount(8, days);
        Assert.AreEqual(new DateOnly(2026, 3, 3), days.Min);
        Assert.AreEqual(new DateOnly(2026, 3, 18), AggregationWindow.DaysToLoad(days).To);
    }
}
