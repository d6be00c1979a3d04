namespace QualityAnalytics.Pipeline.Classification;

/// <summary>w·x + b of a linear multiclass model over the hashed features of a dialogue, computed while the
/// features stream by. A view's vector is its occurrence counts divided by their L2 norm, so its contribution is
/// (Σ over occurrences of the feature's weights) / √(Σ count²); Σ count² grows by 2·count+1 per occurrence.
/// Counts live in a per-thread array the size of the hash space, reset through the list of touched slots —
/// no dictionary, no allocation per call.</summary>
public static class LinearScorer
{
    [ThreadStatic]
    private static Scratch? _scratch;

    /// <param name="weights">Feature-major weights: <c>[feature * classes + class]</c>.</param>
    /// <param name="scores">Receives the class scores; its length is the class count.</param>
    public static void Score(DialogueFeatures features, ClassifierSpec spec, float[] weights, ReadOnlySpan<float> biases, Span<float> scores)
    {
        var scratch = _scratch ??= new Scratch();
        var classes = scores.Length;
        biases.CopyTo(scores);
        var raw = scratch.RawFor(classes);
        for (var c = 0; c < spec.Columns.Length; c++)
        {
            Array.Clear(raw);
            var sink = new ScoringSink(scratch, weights, raw);
            HashedTextVectorizer.AddView(ref sink, HashedTextVectorizer.Column(features, spec.Columns[c]), c, spec);
            scratch.Reset();
            if (sink.SumOfSquares == 0)
            {
                continue;
            }

            var scale = (float)(1 / Math.Sqrt(sink.SumOfSquares));
            for (var k = 0; k < classes; k++)
            {
                scores[k] += raw[k] * scale;
            }
        }
    }

    private sealed class Scratch
    {
        public readonly int[] Counts = new int[HashedTextVectorizer.Size];
        public readonly List<int> Touched = new(2048);
        private float[] _raw = [];

        /// <summary>The per-view sums of weights, one per class.</summary>
        public float[] RawFor(int classes) => _raw.Length == classes ? _raw : _raw = new float[classes];

        public void Reset()
        {
            foreach (var index in Touched)
            {
                Counts[index] = 0;
            }

            Touched.Clear();
        }
    }

    private struct ScoringSink(Scratch scratch, float[] weights, float[] raw) : IFeatureSink
    {
        public double SumOfSquares;

        public void Add(int index)
        {
            var count = scratch.Counts[index]++;
            if (count == 0)
            {
                scratch.Touched.Add(index);
            }

            SumOfSquares += (2 * count) + 1;
            var row = weights.AsSpan(index * raw.Length, raw.Length);
            for (var k = 0; k < raw.Length; k++)
            {
                raw[k] += row[k];
            }
        }
    }
}
