

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

}
