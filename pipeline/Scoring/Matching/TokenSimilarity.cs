namespace QualityAnalytics.Pipeline.Scoring.Matching;

/// <summary>How alike two normalised words are, 0..1: survives inflection ("заявление"/"заявления") and
/// one or two misheard letters ("здраствуйте"), while short function words must match exactly.</summary>
public static class TokenSimilarity
{
    /// <summary>Below this a pair of words is not linked at all.</summary>
    public const double Floor = 0.55;

    public static double Of(string a, string b)
    {
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
        if (shorter >= 4 && SoundsAlike(a, b))
        {
            return 0.9;
        }

        if (shorter == 3)
        {
            // "ещо"/"еще": one letter off in a three-letter word is weak evidence, never a match on its own.
            return a.Length == 3 && b.Length == 3 && Mismatches(a, b) == 1 ? 0.6 : 0;
        }

        var prefix = CommonPrefix(a, b);
        var dice = BigramDice(a, b);

        // Russian inflects at the end: a long shared stem means the same word in another form.
        var stem = prefix >= 5 || (prefix >= 4 && prefix >= shorter - 1) ? 0.85 : 0;
        var score = Math.Max(stem, dice);
        return score >= Floor ? score : 0;
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

    /// <summary>Equal after reducing vowels to two classes and devoicing consonants.</summary>
    private static bool SoundsAlike(string a, string b)
    {
        if (Math.Abs(a.Length - b.Length) > 1)
        {
            return false;
        }

        Span<char> ka = stackalloc char[a.Length];
        Span<char> kb = stackalloc char[b.Length];
        return Key(a, ka).SequenceEqual(Key(b, kb));
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

    /// <summary>Dice coefficient over character bigrams with word-boundary markers.</summary>
    private static double BigramDice(string a, string b)
    {
        Span<int> ga = stackalloc int[a.Length + 1];
        Span<int> gb = stackalloc int[b.Length + 1];
        Fill(a, ga);
        Fill(b, gb);
        ga.Sort();
        gb.Sort();
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
