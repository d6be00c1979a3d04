using QualityAnalytics.Pipeline.Classification;

namespace QualityAnalytics.Pipeline.Tests.Classification;

[TestClass]
public sealed class LinearScorerTests
{
    private static readonly DialogueFeatures Dialogue = new()
    {
        Head = "здравствуйте я подавала заявление на загранпаспорт",
        Customer = "здравствуйте я подавала заявление на загранпаспорт а ответа нет уже месяц месяц",
        Operator = "назовите пожалуйста фамилию имя отчество заявление на рассмотрении",
        Tail = "оп всего доброго кл спасибо до свидания",
    };

    [TestMethod]
    [DataRow(3)]
    [DataRow(9)]
    public void Score_EqualsDotProductWithTrainingVector_ForEverySpec(int classes)
    {
        var random = new Random(7);
        var weights = new float[HashedTextVectorizer.Size * classes];
        for (var i = 0; i < weights.Length; i++)
        {
            weights[i] = (float)(random.NextDouble() - 0.5);
        }

        float[] biases = [.. Enumerable.Range(0, classes).Select(c => c * 0.1f)];
        foreach (var spec in new[] { ClassifierSpec.Topic, ClassifierSpec.Resolution })
        {
            var vector = HashedTextVectorizer.Vectorize(Dialogue, spec);
            var expected = (float[])biases.Clone();
            var indices = vector.GetIndices();
            var values = vector.GetValues();
            for (var i = 0; i < indices.Length; i++)
            {
                for (var c = 0; c < classes; c++)
                {
                    expected[c] += weights[(indices[i] * classes) + c] * values[i];
                }
            }

            var actual = new float[classes];
            LinearScorer.Score(Dialogue, spec, weights, biases, actual);
            // Twice: the per-thread counts must be reset after each call, or the second call would differ.
            LinearScorer.Score(Dialogue, spec, weights, biases, actual);

            for (var c = 0; c < classes; c++)
            {
                Assert.AreEqual(expected[c], actual[c], 1e-4, $"class {c} of {string.Join(",", spec.Columns)}");
            }
        }
    }

    [TestMethod]
    public void Vectorize_NormalisesEachViewToUnitLength()
    {
        var spec = new ClassifierSpec([nameof(DialogueFeatures.Customer)], 0);
        var vector = HashedTextVectorizer.Vectorize(Dialogue, spec);

        var norm = vector.GetValues().ToArray().Sum(v => v * v);

        Assert.AreEqual(1.0, norm, 1e-5);
        Assert.IsGreaterThan(50, vector.GetValues().Length);
    }
}
