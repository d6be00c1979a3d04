namespace QualityAnalytics.Pipeline.Scoring.Matching;

/// <summary>Exact runs of normalised words («у вас», «я ведь не уточнил»), split once when the script is compiled
/// rather than for every turn they are looked for in.</summary>
public sealed class WordRuns(IEnumerable<string> entries)
{
    private readonly string[][] runs = [.. entries.Select(entry => entry.Split(' '))];

    /// <summary>Whether the words hold one of the runs.</summary>
    public bool In(ReadOnlySpan<string> words)
    {
        foreach (var run in runs)
        {
            for (var i = 0; i + run.Length <= words.Length; i++)
            {
                if (words.Slice(i, run.Length).SequenceEqual(run))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
