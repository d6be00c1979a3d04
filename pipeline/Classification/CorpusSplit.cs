namespace QualityAnalytics.Pipeline.Classification;

/// <summary>Held-out split by dialogue (never by segment, never a noisy copy apart from its source), stable
/// across runs and machines: a dialogue is held out when the FNV-1a hash of its id falls in the last fifth.</summary>
public static class CorpusSplit
{
    public const int Folds = 5;

    public static bool IsHeldOut(string dialogueId) => StableHash(dialogueId) % Folds == 0;

    public static uint StableHash(string text)
    {
        var hash = 2166136261u;
        foreach (var c in text)
        {
            hash = unchecked((hash ^ c) * 16777619u);
        }

        return hash;
    }
}
