namespace QualityAnalytics.Models.Calls;

/// <summary>One validated row of <c>calls.csv</c>.</summary>
public sealed record CallRecord
{
    public required string CallId { get; init; }
    public required DateTimeOffset StartedAt { get; init; }
    public required string OperatorId { get; init; }
    public string? OperatorName { get; init; }
    public string? Team { get; init; }
    public string? CallerId { get; init; }
    public string? ServiceCategory { get; init; }

    /// <summary>Path relative to the input folder, or null when only a transcript exists.</summary>
    public string? Recording { get; init; }
    public double? QueueWaitS { get; init; }
    public double? HoldS { get; init; }

    /// <summary>Null when calls.csv did not say; audio decoding then picks the default for the channel count.</summary>
    public ChannelLayout? ChannelLayout { get; init; }

    /// <summary>The calendar day of the call in its own offset: the day reports and aggregates file it under.</summary>
    public DateOnly CallDate => DateOnly.FromDateTime(StartedAt.DateTime);
}
