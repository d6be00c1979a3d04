namespace QualityAnalytics.Pipeline.Scoring.Matching;

/// <summary>Exact runs of normalised words («у вас», «я ведь не уточнил»), split once when the script is compiled
/// rather than for every turn they are looked for in, and filed by their first word: a turn is read once, each of its
/// words looked up, instead of every run tried at every word.</summary>
public sealed class WordRuns
{
    private readonly Dictionary<string, string[][]> runsByFirstWord;

    public WordRuns(IEnumerable<string> entries) =>
        runsByFirstWord = entries
            .Select(entry => entry.Split(' '))
            .GroupBy(run => run[0], StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);

    /// <summary>Whether the words hold one of the runs.</summary>
    public bool In(ReadOnlySpan<string> words) => FirstIn(words) >= 0;

    /// <summary>Where the earliest of the runs found in the words begins; −1 when none is there.</summary>
    public int FirstIn(ReadOnlySpan<string> words)
    {
        for (var i = 0; i < words.Length; i++)
        {
            if (!runsByFirstWord.TryGetValue(words[i], out var runs))
            {
                continue;
            }

            foreach (var run in runs)
            {
                if (i + run.Length <= words.Length && words.Slice(i, run.Length).SequenceEqual(run))
                {
                    return i;
                }
            }
        }

        return -1;
    }
}
