namespace QualityAnalytics.Models.Calls;

/// <summary>What was said in a call, in start order.</summary>
public sealed record Transcript(string CallId, string Language, IReadOnlyList<Segment> Segments)
{
    public static Transcript Empty(string callId) => new(callId, "ru", []);
}
