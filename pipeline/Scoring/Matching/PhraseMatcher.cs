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
    private readonly WordShape[] _shapes;
    private readonly Dictionary<string, int> _vocabIndex = new(StringComparer.Ordinal);
    private readonly CompiledPhrase[] _phrases;
    private readonly int[][] _phrasesByWord;
    private readonly ThreadLocal<MatchScratch> _scratch;
    // Sized for its cap up front: growing a map this large means rehashing it under all its locks while the other
    // scoring threads spin, and every larger table lands on the large-object heap and forces a full collection.
    // Many lock stripes: new misheard words arrive on every thread at once, and two stripes made them queue.
    private readonly ConcurrentDictionary<string, WordLink[]> _links = new(64, MaxCachedWords, StringComparer.Ordinal);

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
        _shapes = [.. vocab.Select(w => new WordShape(w))];
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
        _scratch = new ThreadLocal<MatchScratch>(() => new MatchScratch(_vocab.Length, _phrases.Length));
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

        // Where each script word occurs in the segment, and how well: per-thread arrays, reset after use.
        var scratch = _scratch.Value!;
        try
        {
            for (var pos = 0; pos < words.Count; pos++)
            {
                foreach (var link in LinksOf(words[pos]))
                {
                    scratch.Add(link.WordId, pos, link.Similarity);
                }
            }

            foreach (var wordId in scratch.Words)
            {
                foreach (var phraseId in _phrasesByWord[wordId])
                {
                    if (!scratch.FirstVisit(phraseId))
                    {
                        continue;
                    }

                    var phrase = _phrases[phraseId];
                    var score = Score(phrase, scratch);
                    if (score > hits[phrase.Group].Score)
                    {
                        hits[phrase.Group] = new PhraseHit(score, phrase.Index);
                    }
                }
            }
        }
        finally
        {
            scratch.Reset();
        }

        return hits;
    }

    /// <summary>Best weighted share of the phrase found within a window of its length plus two words
    /// (room for a filler or a dropped word), any order inside the window.</summary>
    private static double Score(CompiledPhrase phrase, MatchScratch occurrences)
    {
        var span = phrase.Words.Length + 1;
        var best = 0.0;
        for (var first = 0; first < phrase.Words.Length; first++)
        {
            for (var s = occurrences.Head[phrase.Words[first]]; s >= 0; s = occurrences.Entries[s].Next)
            {
                var start = occurrences.Entries[s].Pos;
                var sum = 0.0;
                for (var w = 0; w < phrase.Words.Length; w++)
                {
                    var wordBest = 0.0;
                    for (var e = occurrences.Head[phrase.Words[w]]; e >= 0; e = occurrences.Entries[e].Next)
                    {
                        var (p, sim, _) = occurrences.Entries[e];
                        if (p >= start && p - start <= span && sim > wordBest)
                        {
                            wordBest = sim;
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

        var links = FuzzyLinks(word);
        var best = links.Count == 0 ? 0 : links.Max(l => l.Similarity);
        if (best < 1)
        {
            // A word that only links as another form of a stem may still be two script words run together: «добрыйдень»
            // is «добрый» by its first six letters, and «добрый день» whole.
            links.AddRange(GluedLinks(word, wholeWordsOnly: best >= StrongLink));
        }

        return [.. links];
    }

    private List<WordLink> FuzzyLinks(string word)
    {
        var links = new List<WordLink>();
        var shape = new WordShape(word);
        for (var i = 0; i < _shapes.Length; i++)
        {
            var sim = TokenSimilarity.Of(shape, _shapes[i]);
            if (sim > 0)
            {
                links.Add(new WordLink(i, sim));
            }
        }

        return links;
    }

    /// <summary>A link as good as an inflected or slightly misheard form (<see cref="TokenSimilarity"/>).</summary>
    private const double StrongLink = 0.85;

    /// <summary>How closely the inexact side of a glued word must link: a misheard letter, not another form of a stem
    /// (a fragment such as «подтя» of «подтянет» is close to many stems).</summary>
    private const double GluedPartLink = 0.9;

    /// <summary>Prepositions that are also verb prefixes: «подсказала», «безопасность», «приходите» are words of their
    /// own, not «под»/«без»/«при» run into the next word (the two-letter ones — «по», «на», «до» — are kept by the
    /// short-front rule).</summary>
    private static readonly HashSet<string> VerbPrefixes = new(StringComparer.Ordinal) { "без", "над", "обо", "пере", "перед", "под", "пред", "при", "про", "раз" };

    /// <summary>The shortest side of a glued word taken apart.</summary>
    private const int MinGluedPart = 3;

    /// <summary>The shortest front of a word taken apart though it links well as it stands (see <see cref="GluedLinks"/>).</summary>
    private const int MinWholeGluedFront = 4;

    /// <summary>A word the recogniser glued to its neighbour («ещевопросы», «чтото», «переустановитееще»): split where
    /// one side is a script word as it stands and the other links closely to one, both sides count at this word's
    /// place. For words that link to nothing well as they are, with both sides of three letters or more (a particle
    /// «то», and a short word glued in front of a long one, aside): Russian is full of real words that begin like a
    /// short word («недолго», «потом»). A word that does link well, but only as a longer form of a script word, is
    /// split only into two script words as they stand (<paramref name="wholeWordsOnly"/>).</summary>
    /// <param name="word">The word as the recogniser wrote it.</param>
    /// <param name="wholeWordsOnly">Split only into two script words as they stand, the front of four letters or more
    /// («естьеще»): the word already links well as it is («есть»), so a split needs the strongest evidence, and a short
    /// front is often a prefix.</param>
    private List<WordLink> GluedLinks(string word, bool wholeWordsOnly)
    {
        var links = new List<WordLink>();
        if (!wholeWordsOnly && word.EndsWith("то", StringComparison.Ordinal) && _vocabIndex.TryGetValue(word[..^2], out var pronoun)
            && _vocabIndex.TryGetValue("то", out var particle))
        {
            links.Add(new WordLink(pronoun, 1));
            links.Add(new WordLink(particle, 1));
        }

        for (var cut = 2; cut <= word.Length - MinGluedPart; cut++)
        {
            var (left, right) = (word[..cut], word[cut..]);
            var exactLeft = _vocabIndex.TryGetValue(left, out var leftId);
            var exactRight = _vocabIndex.TryGetValue(right, out var rightId);

            if (VerbPrefixes.Contains(left) || (wholeWordsOnly && cut < MinWholeGluedFront))
            {
                continue;
            }

            // A two-letter word glued in front («досвидания», «напортале») only when both sides are script words as
            // they stand and the rest is long («потом» is no «по том»), and never a negation: «не»/«ни» + word is how
            // Russian spells hundreds of real words.
            var shortFront = cut < MinGluedPart;
            if (exactLeft && exactRight)
            {
                if (!shortFront || (!wholeWordsOnly && right.Length >= 5 && left is not ("не" or "ни")))
                {
                    links.Add(new WordLink(leftId, 1));
                    links.Add(new WordLink(rightId, 1));
                }

                continue;
            }

            if (shortFront || wholeWordsOnly || exactLeft == exactRight)
            {
                continue;
            }

            var (knownId, other) = exactLeft ? (leftId, right) : (rightId, left);
            var close = FuzzyLinks(other).Where(l => l.Similarity >= GluedPartLink).ToList();
            if (close.Count > 0)
            {
                links.Add(new WordLink(knownId, 1));
                links.AddRange(close);
            }
        }

        return links;
    }

    private readonly record struct WordLink(int WordId, double Similarity);

    /// <summary>One thread's working memory for <see cref="Match"/>: occurrences of script words as linked lists
    /// per word, and which phrases were scored; only the touched slots are cleared afterwards.</summary>
    private sealed class MatchScratch(int vocabulary, int phrases)
    {
        public readonly int[] Head = Enumerable.Repeat(-1, vocabulary).ToArray();
        public (int Pos, double Sim, int Next)[] Entries = new (int, double, int)[256];
        public readonly List<int> Words = [];
        private readonly bool[] _visited = new bool[phrases];
        private readonly List<int> _visitedList = [];
        private int _count;

        public void Add(int wordId, int pos, double sim)
        {
            if (_count == Entries.Length)
            {
                Array.Resize(ref Entries, Entries.Length * 2);
            }

            if (Head[wordId] < 0)
            {
                Words.Add(wordId);
            }

            Entries[_count] = (pos, sim, Head[wordId]);
            Head[wordId] = _count++;
        }

        public bool FirstVisit(int phraseId)
        {
            if (_visited[phraseId])
            {
                return false;
            }

            _visited[phraseId] = true;
            _visitedList.Add(phraseId);
            return true;
        }

        public void Reset()
        {
            foreach (var id in Words)
            {
                Head[id] = -1;
            }

            foreach (var id in _visitedList)
            {
                _visited[id] = false;
            }

            Words.Clear();
            _visitedList.Clear();
            _count = 0;
        }
    }

    private sealed record CompiledPhrase(int Group, int Index, int[] Words, double[] Weights, double TotalWeight);
}
