namespace QualityAnalytics.Pipeline.Batch;

/// <summary>Progress of one tracked batch, as the /batches page and tests read it.</summary>
public sealed record BatchStatus
{
    public string BatchId { get; init; } = "";
    public string InputDir { get; init; } = "";
    public string Source { get; init; } = "";
    public string CreatedAt { get; init; } = "";
    public int TotalCalls { get; init; }
    public int RejectedAtIngest { get; init; }
    public int Finished { get; init; }
    public int Scored { get; init; }
    public int Quarantined { get; init; }
    public string? CompletionClaimedBy { get; init; }
    public string? CompletedAt { get; init; }
    public string? Outputs { get; init; }

    public bool IsCompleted => CompletedAt is not null;
}
