namespace QualityAnalytics.Pipeline.Scoring.Matching;

/// <summary>A normalised word with what <see cref="TokenSimilarity"/> compares, worked out once.</summary>
public sealed class WordShape(string word)
{
    public string Word { get; } = word;

    public string SoundKey { get; } = TokenSimilarity.SoundKey(word);

    public int[] Bigrams { get; } = TokenSimilarity.SortedBigrams(word);
}
