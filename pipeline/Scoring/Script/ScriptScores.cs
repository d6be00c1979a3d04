namespace QualityAnalytics.Pipeline.Scoring.Script;

public sealed class ScriptScores
{
    /// <summary>Weights of the sub-scores in the overall score (normalised): adherence, speed, resolution.</summary>
    public Dictionary<string, double> Weights { get; set; } = [];

    /// <summary>Resolution sub-score for each outcome of the contract's vocabulary.</summary>
    public Dictionary<string, double> ResolutionPoints { get; set; } = [];

    /// <summary>Adherence points lost per forbidden phrase (at most three counted).</summary>
    public double ForbiddenPhrasePenalty { get; set; } = 15;
}
