namespace QualityAnalytics.Models.Calls;

/// <summary>One stretch of speech; times are seconds from the recording start.</summary>
public sealed record Segment(Speaker Speaker, double Start, double End, string Text)
{
    public double Duration => End - Start;
}
