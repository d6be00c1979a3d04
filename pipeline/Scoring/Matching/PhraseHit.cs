namespace QualityAnalytics.Pipeline.Scoring.Matching;

/// <summary>The best match of a phrase group in one segment: how well (0..1) and which phrase.</summary>
public readonly record struct PhraseHit(double Score, int PhraseIndex)
{
    public static readonly PhraseHit None = new(0, -1);
}
