using QualityAnalytics.Pipeline.Classification;

namespace QualityAnalytics.Pipeline.Tests.Classification;

[TestClass]
public sealed class CorpusSplitTests
{
    [TestMethod]
    public void IsHeldOut_HoldsOutAboutAFifth_ByDialogue()
    {
        var corpus = CorpusReader.ReadDirectory(CorpusLocation.Directory);

        var heldOut = corpus.Count(d => CorpusSplit.IsHeldOut(d.Id));

        Assert.IsGreaterThanOrEqualTo(corpus.Count * 0.12, heldOut);
        Assert.IsLessThanOrEqualTo(corpus.Count * 0.28, heldOut);
    }

    [TestMethod]
    public void NoisyCopy_IsDeterministic_AndDiffersFromSource()
    {
        var dialogue = CorpusReader.ReadDirectory(CorpusLocation.Directory)[0];

        var first = CorpusAugmenter.NoisyCopy(dialogue, 1);
        var again = CorpusAugmenter.NoisyCopy(dialogue, 1);

        Assert.AreSequenceEqual(first.Segments.Select(s => s.Text), again.Segments.Select(s => s.Text));
        Assert.AreNotEqual(dialogue.Segments[0].Text, first.Segments[0].Text);
        Assert.HasCount(dialogue.Segments.Count, first.Segments);
    }

    [TestMethod]
    public void Apply_ChangesAboutAQuarterOfWords()
    {
        var text = string.Join(' ', Enumerable.Repeat("здравствуйте контактный центр госуслуг оператор анна слушаю вас", 50));
        var clean = text.Split(' ');

        var noisy = AsrNoise.Apply(text, new Random(7)).Split(' ');

        // Position-wise agreement is a rough stand-in for WER; it only has to land near the target.
        var same = clean.Zip(noisy).Count(p => p.First == p.Second);
        var errorRate = 1 - ((double)same / clean.Length);
        Assert.IsGreaterThan(0.15, errorRate);
    }
}
