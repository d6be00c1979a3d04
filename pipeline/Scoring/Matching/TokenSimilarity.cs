namespace QualityAnalytics.Pipeline.Scoring.Matching;

/// <summary>How alike two normalised words are, 0..1: survives inflection ("заявление"/"заявления") and
/// one or two misheard letters ("здраствуйте"), while short function words must match exactly.</summary>
public static class TokenSimilarity
{
    /// <summary>Below this a pair of words is not linked at all.</summary>
    public const double Floor = 0.55;

    /// <summary>The similarity of two words whose sound key and letter bigrams were worked out once
    /// (<see cref="WordShape"/>): a new word is compared with the whole script vocabulary.</summary>
    public static double Of(WordShape x, WordShape y)
    {
        string a = x.Word, b = y.Word;
        if (a == b)
        {
            return 1;
        }

        var shorter = Math.Min(a.Length, b.Length);
        if (shorter < 3)
        {
            return 0;
        }

        // Unstressed vowels and final consonants are where Russian ASR errs most ("магу", "памочь", "здраствуйти").
        if (shorter >= 4 && Math.Abs(a.Length - b.Length) <= 1 && x.SoundKey == y.SoundKey)
        {
            return 0.9;
        }

        if (shorter == 3)
        {
            // "ещо"/"еще", and "ден"/"днь" for "день" (a letter lost): one letter off a short word is weak evidence,
            // never a match on its own, but enough to complete "добрый ден".
            return (a.Length == 3 && b.Length == 3 && Mismatches(a, b) == 1) || OneLetterDropped(a, b) ? 0.6 : 0;
        }

        var prefix = CommonPrefix(a, b);

        // Russian inflects at the end: a long shared stem means the same word in another form.
        var stem = prefix >= 5 || (prefix >= 4 && prefix >= shorter - 1) ? 0.85 : 0;

        // Dice cannot exceed what the shorter word's bigrams allow: most pairs are rejected without counting.
        if (stem == 0 && 2.0 * (shorter + 1) / (a.Length + b.Length + 2) < Floor)
        {
            return 0;
        }

        var score = Math.Max(stem, BigramDice(x.Bigrams, y.Bigrams));
        return score >= Floor ? score : 0;
    }

    /// <summary>Whether one word is the other, four letters long, with one letter lost inside it or a final soft sign
    /// dropped ("днь", "деь", "ден" for "день"). Not the last letter otherwise: "год"/"года", "мог"/"могу" are other
    /// forms of a word, not a slip, and linking them would read "года рождения" in a record as asking for the date.</summary>
    private static bool OneLetterDropped(string a, string b)
    {
        var (shortWord, longWord) = a.Length < b.Length ? (a, b) : (b, a);
        if (shortWord.Length != 3 || longWord.Length != 4)
        {
            return false;
        }

        var last = longWord[3] == 'ь' ? 4 : 3;
        for (var skip = 0; skip < last; skip++)
        {
            // Compared in place: this runs for every script word a new word is weighed against.
            if (longWord.AsSpan(0, skip).SequenceEqual(shortWord.AsSpan(0, skip)) && longWord.AsSpan(skip + 1).SequenceEqual(shortWord.AsSpan(skip)))
            {
                return true;
            }
        }

        return false;
    }

    private static int Mismatches(string a, string b)
    {
        var n = 0;
        for (var i = 0; i < a.Length; i++)
        {
            if (a[i] != b[i])
            {
                n++;
            }
        }

        return n;
    }

    /// <summary>The word with vowels reduced to two classes, consonants devoiced and doubles merged: words that
    /// sound alike share it.</summary>
    internal static string SoundKey(string word)
    {
        Span<char> buffer = word.Length <= 128 ? stackalloc char[word.Length] : new char[word.Length];
        return new string(Key(word, buffer));
    }

    private static Span<char> Key(string s, Span<char> buffer)
    {
        var n = 0;
        foreach (var c in s)
        {
            var k = c switch
            {
                'о' or 'а' => 'а',
                'е' or 'и' or 'я' or 'ы' or 'э' => 'и',
                'д' => 'т',
                'б' => 'п',
                'г' => 'к',
                'з' => 'с',
                'в' => 'ф',
                'ж' => 'ш',
                'ь' or 'ъ' => '\0',
                _ => c,
            };
            if (k != '\0' && (n == 0 || buffer[n - 1] != k))
            {
                buffer[n++] = k;
            }
        }

        return buffer[..n];
    }

    private static int CommonPrefix(string a, string b)
    {
        var n = Math.Min(a.Length, b.Length);
        var i = 0;
        while (i < n && a[i] == b[i])
        {
            i++;
        }

        return i;
    }

    /// <summary>Dice coefficient over two words' sorted character bigrams (with word-boundary markers).</summary>
    private static double BigramDice(int[] ga, int[] gb)
    {
        int i = 0, j = 0, common = 0;
        while (i < ga.Length && j < gb.Length)
        {
            if (ga[i] == gb[j])
            {
                common++;
                i++;
                j++;
            }
            else if (ga[i] < gb[j])
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return 2.0 * common / (ga.Length + gb.Length);
    }

    /// <summary>A word's character bigrams with boundary marks, sorted.</summary>
    internal static int[] SortedBigrams(string word)
    {
        var grams = new int[word.Length + 1];
        Fill(word, grams);
        Array.Sort(grams);
        return grams;
    }

    private static void Fill(string s, Span<int> grams)
    {
        var prev = (int)'^';
        for (var i = 0; i < s.Length; i++)
        {
            grams[i] = (prev << 16) | s[i];
            prev = s[i];
        }

        grams[s.Length] = (prev << 16) | '$';
    }
}
