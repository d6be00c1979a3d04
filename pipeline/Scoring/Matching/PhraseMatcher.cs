using System.Collections.Concurrent;

namespace QualityAnalytics.Pipeline.Scoring.Matching;

/// <summary>Finds groups of example phrases in ASR-grade text. A phrase matches a segment when its words
/// occur close together in any order, each word fuzzily (inflection, misheard letters); the score is the
/// share of the phrase's weight found. Thread-safe: the word links are cached in a concurrent map.</summary>
public sealed class PhraseMatcher
{
    // An unbounded cache would grow with every misrecognised word of a long night; past this, links are computed anew.
    private const int MaxCachedWords = 200_000;

    private readonly string[] _vocab;
    private readonly Dictionary<string, int> _vocabIndex = new(StringComparer.Ordinal);
    private readonly CompiledPhrase[] _phrases;
    private readonly int[][] _phrasesByWord;
    // Sized for its cap up front: growing a map this large means rehashing it under all its locks while the other
    // scoring threads spin, and every larger table lands on the large-object heap and forces a full collection.
    private readonly ConcurrentDictionary<string, WordLink[]> _links = new(Environment.ProcessorCount, MaxCachedWords, StringComparer.Ordinal);

    /// <param name="groups">Phrase groups; a hit reports the group's index and the phrase's index within it.</param>
    public PhraseMatcher(IReadOnlyList<IReadOnlyList<string>> groups)
    {
        var vocab = new List<string>();
        var phrases = new List<CompiledPhrase>();
        for (var g = 0; g < groups.Count; g++)
        {
            for (var p = 0; p < groups[g].Count; p++)
            {
                var words = TextNormalizer.Tokenize(TextNormalizer.Normalize(groups[g][p]));
                if (words.Length == 0)
                {
                    continue;
                }

                var ids = new int[words.Length];
                var weights = new double[words.Length];
                for (var w = 0; w < words.Length; w++)
                {
                    if (!_vocabIndex.TryGetValue(words[w], out var id))
                    {
                        id = vocab.Count;
                        vocab.Add(words[w]);
                        _vocabIndex[words[w]] = id;
                    }

                    ids[w] = id;

                    // Long words carry the meaning; "не", "вы" still count but cannot make a match alone.
                    weights[w] = Math.Clamp(words[w].Length, 2, 8);
                }

                phrases.Add(new CompiledPhrase(g, p, ids, weights, weights.Sum()));
            }
        }

        _vocab = [.. vocab];
        _phrases = [.. phrases];
        GroupCount = groups.Count;
        var byWord = new List<int>[_vocab.Length];
        for (var i = 0; i < _phrases.Length; i++)
        {
            foreach (var id in _phrases[i].Words.Distinct())
            {
                (byWord[id] ??= []).Add(i);
            }
        }

        _phrasesByWord = [.. byWord.Select(l => l?.ToArray() ?? [])];
    }

    public int GroupCount { get; }

    /// <summary>The best hit of every group in one segment's words.</summary>
    public PhraseHit[] Match(IReadOnlyList<string> words)
    {
        var hits = new PhraseHit[GroupCount];
        if (words.Count == 0)
        {
            return hits;
        }

        // Where each script word occurs in the segment, and how well.
        var occurrences = new Dictionary<int, List<(int Pos, double Sim)>>();
        for (var pos = 0; pos < words.Count; pos++)
        {
            foreach (var link in LinksOf(words[pos]))
            {
                if (!occurrences.TryGetValue(link.WordId, out var list))
                {
                    occurrences[link.WordId] = list = [];
                }

                list.Add((pos, link.Similarity));
            }
        }

        var seen = new HashSet<int>();
        foreach (var wordId in occurrences.Keys)
        {
            foreach (var phraseId in _phrasesByWord[wordId])
            {
                if (!seen.Add(phraseId))
                {
                    continue;
                }

                var phrase = _phrases[phraseId];
                var score = Score(phrase, occurrences);
                if (score > hits[phrase.Group].Score)
                {
                    hits[phrase.Group] = new PhraseHit(score, phrase.Index);
                }
            }
        }

        return hits;
    }

    /// <summary>Best weighted share of the phrase found within a window of its length plus two words
    /// (room for a filler or a dropped word), any order inside the window.</summary>
    private static double Score(CompiledPhrase phrase, Dictionary<int, List<(int Pos, double Sim)>> occurrences)
    {
        var span = phrase.Words.Length + 1;
        var best = 0.0;
        for (var first = 0; first < phrase.Words.Length; first++)
        {
            if (!occurrences.TryGetValue(phrase.Words[first], out var starts))
            {
                continue;
            }

            foreach (var (start, _) in starts)
            {
                var sum = 0.0;
                for (var w = 0; w < phrase.Words.Length; w++)
                {
                    if (!occurrences.TryGetValue(phrase.Words[w], out var hits))
                    {
                        continue;
                    }

                    var wordBest = 0.0;
                    foreach (var (p, s) in hits)
                    {
                        if (p >= start && p - start <= span && s > wordBest)
                        {
                            wordBest = s;
                        }
                    }

                    sum += wordBest * phrase.Weights[w];
                }

                best = Math.Max(best, sum / phrase.TotalWeight);
                if (best >= 0.999)
                {
                    return best;
                }
            }
        }

        return best;
    }

    private WordLink[] LinksOf(string word)
    {
        if (_links.TryGetValue(word, out var cached))
        {
            return cached;
        }

        var links = ComputeLinks(word);
        if (_links.Count < MaxCachedWords)
        {
            _links.TryAdd(word, links);
        }

        return links;
    }

    private WordLink[] ComputeLinks(string word)
    {
        if (_vocabIndex.TryGetValue(word, out var exact) && word.Length < 3)
        {
            return [new WordLink(exact, 1)];
        }

        List<WordLink>? links = null;
        for (var i = 0; i < _vocab.Length; i++)
        {
            var sim = TokenSimilarity.Of(word, _vocab[i]);
            if (sim > 0)
            {
                (links ??= []).Add(new WordLink(i, sim));
            }
        }

        return links?.ToArray() ?? [];
    }

    private readonly record struct WordLink(int WordId, double Similarity);

    private sealed record CompiledPhrase(int Group, int Index, int[] Words, double[] Weights, double TotalWeight);
}
