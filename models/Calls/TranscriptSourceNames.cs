namespace QualityAnalytics.Models.Calls;

/// <summary>The contract's spelling of <see cref="TranscriptSource"/>, as exported and stored in <c>calls.transcript_source</c>.</summary>
public static class TranscriptSourceNames
{
    /// <summary>A recording with no text (no speech recogniser model): the value queries set such calls apart by.</summary>
    public const string None = "none";

    public static string ToWire(this TranscriptSource source) => source switch
    {
        TranscriptSource.Asr => "asr",
        TranscriptSource.Transcript => "transcript",
        TranscriptSource.None => None,
        _ => throw new ArgumentOutOfRangeException(nameof(source)),
    };
}
