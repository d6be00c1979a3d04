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
        if (shorter < 4)
        {
            return 0;
        }

        var prefix = CommonPrefix(a, b);
        var dice = BigramDice(a, b);

        // Russian inflects at the end: a long shared stem means the same word in another form.
        var stem = prefix >= 5 || (prefix >= 4 && prefix >= shorter - 1) ? 0.85 : 0;
        var score = Math.Max(stem, dice);
        return score >= Floor ? score : 0;
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
