namespace QualityAnalytics.Models.Calls;

/// <summary>Where a call's text came from (contract: <c>transcript_source</c>).</summary>
public enum TranscriptSource
{
    /// <summary>Recognised from the recording.</summary>
    Asr,
    /// <summary>A transcript file supplied with the input.</summary>
    Transcript,
    /// <summary>No text: only timings (or nothing) are known.</summary>
    None,
}
