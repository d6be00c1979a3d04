using Microsoft.ML.Data;

namespace QualityAnalytics.Pipeline.Classification;

/// <summary>Turns the dialogue views into one sparse feature vector: per view, hashed word unigrams and bigrams
/// and character n-grams of each word (with boundary marks), L2-normalised per view. Our own featurizer instead
/// of ML.NET's text transform: the same features at a fraction of the cost per call (the nightly batch judges
/// thousands of calls a second), and deterministic hashing, so a saved model reads vectors made in any process.
/// Training materialises the vector (<see cref="Vectorize"/>); prediction streams the same features straight into
/// the linear scores (<see cref="LinearScorer"/>) without building it.</summary>
public static class HashedTextVectorizer
{
    public const int Bits = 18;
    public const int Size = 1 << Bits;

    public static VBuffer<float> Vectorize(DialogueFeatures features, ClassifierSpec spec)
    {
        var all = new Dictionary<int, float>(1024);
        var view = new CountingSink(new Dictionary<int, float>(512));
        for (var c = 0; c < spec.Columns.Length; c++)
        {
            view.Counts.Clear();
            AddView(ref view, Column(features, spec.Columns[c]), c, spec);
            var norm = 0.0;
            foreach (var v in view.Counts.Values)
            {
                norm += v * v;
            }

            if (norm == 0)
            {
                continue;
            }

            var scale = (float)(1 / Math.Sqrt(norm));
            foreach (var (index, value) in view.Counts)
            {
                all[index] = all.GetValueOrDefault(index) + (value * scale);
            }
        }

        var indices = all.Keys.ToArray();
        Array.Sort(indices);
        var values = new float[indices.Length];
        for (var i = 0; i < indices.Length; i++)
        {
            values[i] = all[indices[i]];
        }

        return new VBuffer<float>(Size, indices.Length, values, indices);
    }

    /// <summary>The text of the named view.</summary>
    public static string Column(DialogueFeatures f, string name) => name switch
    {
        nameof(DialogueFeatures.Head) => f.Head,
        nameof(DialogueFeatures.Customer) => f.Customer,
        nameof(DialogueFeatures.Operator) => f.Operator,
        nameof(DialogueFeatures.Tail) => f.Tail,
        _ => throw new ArgumentException($"Unknown dialogue view {name}", nameof(name)),
    };

    /// <summary>Feeds every feature occurrence of one view (the <paramref name="column"/>-th of the spec) to the
    /// sink, one call per occurrence; the sink counts or scores them.</summary>
    public static void AddView<TSink>(ref TSink sink, string text, int column, ClassifierSpec spec)
        where TSink : struct, IFeatureSink
    {
        var view = (uint)column + 1;
        var unigram = Seed(view, 1);
        var bigram = Seed(view, 2);
        var chars = Seed(view, 3);
        var previous = Range.All;
        var at = 0;
        while (NextWord(text, ref at, out var current))
        {
            var word = text.AsSpan(current);
            if (spec.WordNgram >= 2 && !previous.Equals(Range.All))
            {
                sink.Add(Index(Hash(Hash(Hash(bigram, text.AsSpan(previous))), word)));
            }

            sink.Add(Index(Hash(Hash(unigram, word))));
            AddCharGrams(ref sink, word, chars, spec.CharNgram);
            previous = current;
        }
    }

    /// <summary>The next space-separated word from <paramref name="at"/>, without allocating a split array.</summary>
    private static bool NextWord(string text, ref int at, out Range word)
    {
        while (at < text.Length && text[at] == ' ')
        {
            at++;
        }

        var start = at;
        while (at < text.Length && text[at] != ' ')
        {
            at++;
        }

        word = start..at;
        return at > start;
    }

    private static void AddCharGrams<TSink>(ref TSink sink, ReadOnlySpan<char> word, uint seed, int n)
        where TSink : struct, IFeatureSink
    {
        // "^слово$": grams at the word's edges carry stems and endings, which survive inflection and ASR slips.
        Span<char> marked = word.Length <= 126 ? stackalloc char[word.Length + 2] : new char[word.Length + 2];
        marked[0] = '^';
        word.CopyTo(marked[1..]);
        marked[^1] = '$';
        if (marked.Length <= n)
        {
            sink.Add(Index(Hash(seed, marked)));
            return;
        }

        for (var i = 0; i + n <= marked.Length; i++)
        {
            sink.Add(Index(Hash(seed, marked.Slice(i, n))));
        }
    }

    private static int Index(uint hash) => (int)(hash & (Size - 1));

    private static uint Seed(uint view, uint kind) => Hash(2166136261u ^ (view * 16777619u), kind);

    private static uint Hash(uint seed, uint value) => unchecked((seed ^ value) * 16777619u);

    private static uint Hash(uint seed) => unchecked((seed ^ (seed >> 15)) * 2246822519u);

    private static uint Hash(uint seed, ReadOnlySpan<char> text)
    {
        var h = seed;
        foreach (var c in text)
        {
            h = unchecked((h ^ c) * 16777619u);
        }

        return h;
    }

    /// <summary>Counts occurrences per feature index (training).</summary>
    private struct CountingSink(Dictionary<int, float> counts) : IFeatureSink
    {
        public readonly Dictionary<int, float> Counts => counts;

        public readonly void Add(int index) => counts[index] = counts.GetValueOrDefault(index) + 1;
    }
}
