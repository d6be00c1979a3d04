

namespace QualityAnalytics.Pipeline.Classification;

/// <summary>ASR-noisy copies of corpus dialogues, seeded by dialogue id and copy number so every run makes the same ones.</summary>
public static class CorpusAugmenter
{
    public static CorpusDialogue NoisyCopy(CorpusDialogue dialogue, int copy, double wordErrorRate = 0.25)
    {
        var random = new Random(unchecked((int)CorpusSplit.StableHash($"{dialogue.Id}#{copy}")));
        var segments = dialogue.Segments
            .Select(s => s with { Text = AsrNoise.Apply(s.Text, random, wordErrorRate) })
            .ToList();
        return dialogue with { Id = $"{dialogue.Id}~noisy{copy}", Segments = segments };
    }

    /// <summary>Each dialogue followed by its first <paramref name="copies"/> noisy copies.</summary>
    public static IEnumerable<CorpusDialogue> WithNoisyCopies(IEnumerable<CorpusDialogue> dialogues, int copies) =>
        dialogues.SelectMany(d => Enumerable.Range(1, copies).Select(c => NoisyCopy(d, c)).Prepend(d));

}
