namespace QualityAnalytics.Pipeline.Batch;

/// <summary>The end-of-run account a scheduler reads: what came in, what was scored, what was rejected and why.</summary>
public sealed record BatchSummary
{
    public required string Input { get; init; }
    public required int CallsRead { get; init; }
    public required int Scored { get; init; }
    public required IReadOnlyDictionary<string, int> QuarantinedByReason { get; init; }
    public required IReadOnlyDictionary<string, int> Verdicts { get; init; }
    public required IReadOnlyDictionary<string, int> TranscriptSources { get; init; }
    public required IReadOnlyList<string> Outputs { get; init; }
    public required IReadOnlyList<string> Notes { get; init; }
    public required TimeSpan Elapsed { get; init; }

    public int Quarantined => QuarantinedByReason.Values.Sum();
}
