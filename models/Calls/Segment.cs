namespace QualityAnalytics.Models.Calls;

/// <summary>One stretch of speech; times are seconds from the recording start.</summary>
public sealed record Segment(Speaker Speaker, double Start, double End, string Text)
{
    /// <summary>For operator speech after a transfer: which operator spoke (transcript field <c>operator_id</c>);
    /// null means the call's own operator.</summary>
    public string? OperatorId { get; init; }

    public double Duration => End - Start;
}
