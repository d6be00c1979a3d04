namespace QualityAnalytics.Pipeline.Batch;

/// <summary>The end-of-run account a scheduler reads: what came in, what was scored, what was rejected and why.</summary>
public sealed record BatchSummary
{
    public required string Input { get; init; }
    public required int CallsRead { get; init; }
    public required int Scored { get; init; }

    /// <summary>Calls not scored, by reason.</summary>
    public required IReadOnlyDictionary<string, int> QuarantinedByReason { get; init; }

    /// <summary>Recordings quarantined while their call was scored from its transcript, by reason
    /// (<c>audio_missing</c>, <c>audio_unreadable</c>…). Not counted in <see cref="Quarantined"/>.</summary>
    public IReadOnlyDictionary<string, int> RecordingsQuarantinedByReason { get; init; } = new Dictionary<string, int>();

    public required IReadOnlyDictionary<string, int> Verdicts { get; init; }
    public required IReadOnlyDictionary<string, int> TranscriptSources { get; init; }
    public required IReadOnlyList<string> Outputs { get; init; }
    public required IReadOnlyList<string> Notes { get; init; }
    public required TimeSpan Elapsed { get; init; }

    /// <summary>Calls not scored.</summary>
    public int Quarantined => QuarantinedByReason.Values.Sum();

    public int RecordingsQuarantined => RecordingsQuarantinedByReason.Values.Sum();
}
