namespace QualityAnalytics.Pipeline.Transcription;

/// <summary>Why a recognised segment was thrown away (Whisper's known failure modes).</summary>
public enum DropReason
{
    /// <summary>Whisper itself thought the stretch was more likely silence.</summary>
    NoSpeech,
    /// <summary>Mean token log-probability too low: guessing, not hearing.</summary>
    LowConfidence,
    /// <summary>The same words over and over: the decoder looped.</summary>
    RepetitionLoop,
    /// <summary>Text where VAD heard no speech.</summary>
    OutsideSpeech,
    /// <summary>A stock phrase Whisper invents from silence (subtitle credits and the like).</summary>
    KnownHallucination,
}
