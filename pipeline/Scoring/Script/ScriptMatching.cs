namespace QualityAnalytics.Pipeline.Scoring.Script;

public sealed class ScriptMatching
{
    /// <summary>Share of a phrase's weighted words that must be found for it to count. Default 0.78.</summary>
    public double Threshold { get; set; } = 0.78;

    /// <summary>The same for one-word phrases, which match by chance more easily. Default 0.9.</summary>
    public double ShortPhraseThreshold { get; set; } = 0.9;
}
