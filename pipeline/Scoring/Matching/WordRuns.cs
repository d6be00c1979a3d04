namespace QualityAnalytics.Pipeline.Scoring.Matching;

/// <summary>Exact runs of normalised words («у вас», «я ведь не уточнил»), split once when the script is compiled
/// rather than for every turn they are looked for in.</summary>
public sealed class WordRuns(IEnumerable<string> entries)
{
    private readonly string[][] runs = [.. entries.Select(entry => entry.Split(' '))];

    /// <summary>Whether the words hold one of the runs.</summary>
    public bool In(ReadOnlySpan<string> words) => FirstIn(words) >= 0;

    /// <summary>Where the earliest of the runs found in the words begins; −1 when none is there.</summary>
    public int FirstIn(ReadOnlySpan<string> words)
    {
        var first = -1;
        foreach (var run in runs)
        {
            for (var i = 0; i + run.Length <= words.Length && (first < 0 || i < first); i++)
            {
                if (words.Slice(i, run.Length).SequenceEqual(run))
                {
                    first = i;
                    break;
                }
            }
        }

        return first;
    }
}
