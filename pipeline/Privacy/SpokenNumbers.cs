using System.Text;
using System.Text.RegularExpressions;

namespace QualityAnalytics.Pipeline.Privacy;

/// <summary>Reads digit strings the way ASR writes them: «сорок пять двенадцать» is 4512, «ноль пять» is 05.</summary>
internal static class SpokenNumbers
{
    private static readonly Dictionary<string, int> Values = new(StringComparer.OrdinalIgnoreCase)
    {
        ["ноль"] = 0, ["нуль"] = 0, ["один"] = 1, ["одна"] = 1, ["одно"] = 1, ["два"] = 2, ["две"] = 2, ["три"] = 3,
        ["четыре"] = 4, ["пять"] = 5, ["шесть"] = 6, ["семь"] = 7, ["восемь"] = 8, ["девять"] = 9,
        ["десять"] = 10, ["одиннадцать"] = 11, ["двенадцать"] = 12, ["тринадцать"] = 13, ["четырнадцать"] = 14,
        ["пятнадцать"] = 15, ["шестнадцать"] = 16, ["семнадцать"] = 17, ["восемнадцать"] = 18, ["девятнадцать"] = 19,
        ["двадцать"] = 20, ["тридцать"] = 30, ["сорок"] = 40, ["пятьдесят"] = 50, ["шестьдесят"] = 60,
        ["семьдесят"] = 70, ["восемьдесят"] = 80, ["девяносто"] = 90,
        ["сто"] = 100, ["двести"] = 200, ["триста"] = 300, ["четыреста"] = 400, ["пятьсот"] = 500,
        ["шестьсот"] = 600, ["семьсот"] = 700, ["восемьсот"] = 800, ["девятьсот"] = 900,
    };

    private static readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> ValuesBySpan =
        Values.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Whether a whole word of the text (a run of letters) is a number word.</summary>
    public static bool HasNumberWord(string text)
    {
        foreach (var word in new LetterWords(text))
        {
            if (ValuesBySpan.ContainsKey(word))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Regex alternation of the number words, longest first so «семьдесят» is not read as «семь».</summary>
    public static string WordPattern { get; } =
        string.Join('|', Values.Keys.OrderByDescending(k => k.Length).Select(Regex.Escape));

    public static bool IsNumberWord(string word) => Values.ContainsKey(word);

    /// <summary>The digits a run of digit groups and number words stands for, in spoken order.</summary>
    /// <remarks>Each spoken group (hundreds, then tens, then units) becomes its own digits, the way people
    /// dictate documents: «триста сорок пять шестьсот» is 345600, not 945.</remarks>
    public static string ToDigits(IEnumerable<string> tokens)
    {
        var digits = new StringBuilder();
        int? group = null;
        var groupRank = 0; // 3 = hundreds, 2 = tens, 1 = units or teens: the next word may only fill a lower rank.
        foreach (var token in tokens)
        {
            if (token.All(char.IsAsciiDigit))
            {
                Flush();
                digits.Append(token);
                continue;
            }

            if (!Values.TryGetValue(token, out var value))
            {
                continue;
            }

            var rank = value >= 100 ? 3 : value >= 20 && value % 10 == 0 ? 2 : 1;
            var fitsGroup = group is { } g && g != 0 && rank < groupRank && !(rank == 1 && value >= 10 && groupRank == 2);
            if (fitsGroup)
            {
                group += value;
                groupRank = rank;
            }
            else
            {
                Flush();
                group = value;
                groupRank = rank;
            }
        }

        Flush();
        return digits.ToString();

        void Flush()
        {
            if (group is { } g)
            {
                digits.Append(g.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }

            group = null;
            groupRank = 0;
        }
    }
}
