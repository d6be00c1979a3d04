namespace QualityAnalytics.Pipeline.Batch;

/// <summary>One start of a call job: how many starts so far (this one included) and whether the call already finished.</summary>
public sealed record CallAttempt
{
    public int Starts { get; init; }
    public bool Finished { get; init; }
}
