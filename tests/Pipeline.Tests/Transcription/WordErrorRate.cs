using System.Text.RegularExpressions;

namespace QualityAnalytics.Pipeline.Tests.Transcription;

/// <summary>Word error rate: word-level edit distance over the reference length, after normalising case, ё and punctuation.</summary>
internal static partial class WordErrorRate
{
    public static double Compute(string reference, string hypothesis)
    {
        var r = Words(reference);
        var h = Words(hypothesis);
        var d = new int[r.Length + 1, h.Length + 1];
        for (var i = 0; i <= r.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= h.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= r.Length; i++)
        {
            for (var j = 1; j <= h.Length; j++)
            {
                var substitution = d[i - 1, j - 1] + (r[i - 1] == h[j - 1] ? 0 : 1);
                d[i, j] = Math.Min(substitution, Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1));
            }
        }

        return r.Length == 0 ? h.Length : d[r.Length, h.Length] / (double)r.Length;
    }

    private static string[] Words(string text) =>
        WordPattern().Matches(text.ToLowerInvariant().Replace('ё', 'е')).Select(m => m.Value).ToArray();

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex WordPattern();
}
