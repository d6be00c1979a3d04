using Microsoft.ML.Data;

namespace QualityAnalytics.Pipeline.Classification;

/// <summary>Turns the dialogue views into one sparse feature vector: per view, hashed word unigrams and bigrams
/// and character n-grams of each word (with boundary marks), L2-normalised per view. Our own featurizer instead
/// of ML.NET's text transform: the same features at a fraction of the cost per call (the nightly batch judges
/// thousands of calls a second), and deterministic hashing, so a saved model reads vectors made in any process.</summary>
public static class HashedTextVectorizer
{
    public const int Bits = 18;
    public const int Size = 1 << Bits;

    public static VBuffer<float> Vectorize(DialogueFeatures features, ClassifierSpec spec)
    {
        var all = new Dictionary<int, float>(1024);
        var view = new Dictionary<int, float>(512);
        for (var c = 0; c < spec.Columns.Length; c++)
        {
            view.Clear();
            AddView(view, Column(features, spec.Columns[c]), (uint)c + 1, spec);
            var norm = 0.0;
            foreach (var v in view.Values)
            {
                norm += v * v;
            }

            if (norm == 0)
            {
                continue;
            }

            var scale = (float)(1 / Math.Sqrt(norm));
            foreach (var (index, value) in view)
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

    private static string Column(DialogueFeatures f, string name) => name switch
    {
        nameof(DialogueFeatures.Head) => f.Head,
        nameof(DialogueFeatures.Customer) => f.Customer,
        nameof(DialogueFeatures.Operator) => f.Operator,
        nameof(DialogueFeatures.Tail) => f.Tail,
        _ => throw new ArgumentException($"Unknown dialogue view {name}", nameof(name)),
    };

    private static void AddView(Dictionary<int, float> counts, string text, uint view, ClassifierSpec spec)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < words.Length; i++)
        {
            Add(counts, Hash(Hash(Seed(view, 1), words[i])));
            if (spec.WordNgram >= 2 && i + 1 < words.Length)
            {
                Add(counts, Hash(Hash(Hash(Seed(view, 2), words[i]), words[i + 1])));
            }

            AddCharGrams(counts, words[i], Seed(view, 3), spec.CharNgram);
        }
    }

    private static void AddCharGrams(Dictionary<int, float> counts, string word, uint seed, int n)
    {
        // "^слово$": grams at the word's edges carry stems and endings, which survive inflection and ASR slips.
        Span<char> marked = stackalloc char[word.Length + 2];
        marked[0] = '^';
        word.AsSpan().CopyTo(marked[1..]);
        marked[^1] = '$';
        if (marked.Length <= n)
        {
            Add(counts, Hash(seed, marked));
            return;
        }

        for (var i = 0; i + n <= marked.Length; i++)
        {
            Add(counts, Hash(seed, marked.Slice(i, n)));
        }
    }

    private static void Add(Dictionary<int, float> counts, uint hash)
    {
        var index = (int)(hash & (Size - 1));
        counts[index] = counts.GetValueOrDefault(index) + 1;
    }

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

    private static uint Hash(uint seed, string text) => Hash(seed, text.AsSpan());
}
