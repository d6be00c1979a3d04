using System.Globalization;
using System.Text;

namespace QualityAnalytics.Pipeline.Privacy;

/// <summary>The ordinal words of spoken dates: the day («двенадцатое», «двадцать седьмого») and the year
/// («восемьдесят пятого», «тысяча девятьсот девяностого», «две тысячи третьего»), as regex fragments and as numbers.</summary>
/// <remarks>People name a year by its last two digits at least as often as in full («третье октября девяностого
/// года»), say a date in the nominative when answering («четырнадцатое марта»), in the genitive after «от», «с», «до».
/// The fragments also take what a recogniser writes for them: any vowel for any vowel and a soft sign dropped
/// («семьдисят восьмого», «петое»), tens as digits («90 второго»), the year in the nominative («девяносто седьмой год»).</remarks>
internal static class SpokenOrdinals
{
    // value, genitive, nominative neuter (a day), nominative masculine (a year, or a misheard day)
    private static readonly (int Value, string Genitive, string Neuter, string Masculine)[] Ordinals =
    [
        (1, "первого", "первое", "первый"), (2, "второго", "второе", "второй"), (3, "третьего", "третье", "третий"),
        (4, "четвёртого", "четвёртое", "четвёртый"), (5, "пятого", "пятое", "пятый"), (6, "шестого", "шестое", "шестой"),
        (7, "седьмого", "седьмое", "седьмой"), (8, "восьмого", "восьмое", "восьмой"), (9, "девятого", "девятое", "девятый"),
        (10, "десятого", "десятое", "десятый"), (11, "одиннадцатого", "одиннадцатое", "одиннадцатый"),
        (12, "двенадцатого", "двенадцатое", "двенадцатый"), (13, "тринадцатого", "тринадцатое", "тринадцатый"),
        (14, "четырнадцатого", "четырнадцатое", "четырнадцатый"), (15, "пятнадцатого", "пятнадцатое", "пятнадцатый"),
        (16, "шестнадцатого", "шестнадцатое", "шестнадцатый"), (17, "семнадцатого", "семнадцатое", "семнадцатый"),
        (18, "восемнадцатого", "восемнадцатое", "восемнадцатый"), (19, "девятнадцатого", "девятнадцатое", "девятнадцатый"),
        (20, "двадцатого", "двадцатое", "двадцатый"), (30, "тридцатого", "тридцатое", "тридцатый"),
        (40, "сорокового", "", "сороковой"), (50, "пятидесятого", "", "пятидесятый"), (60, "шестидесятого", "", "шестидесятый"),
        (70, "семидесятого", "", "семидесятый"), (80, "восьмидесятого", "", "восьмидесятый"), (90, "девяностого", "", "девяностый"),
    ];

    private static readonly (int Value, string Word)[] Tens =
    [
        (20, "двадцать"), (30, "тридцать"), (40, "сорок"), (50, "пятьдесят"), (60, "шестьдесят"), (70, "семьдесят"),
        (80, "восемьдесят"), (90, "девяносто"),
    ];

    // The words of the century said before the last two digits. «тысяча» and «тысячи» read alike and tell nothing
    // on their own (0): «девятьсот» or «две» beside them tells the century.
    private static readonly (int Century, string Word)[] CenturyWords =
        [(0, "тысяча"), (1900, "девятьсот"), (1900, "девятисотого"), (2000, "двухтысячного"), (2000, "две"), (2000, "два")];

    private static readonly Dictionary<string, int> ValueOf = Table(
        Ordinals.SelectMany(o => new[] { (o.Value, o.Genitive), (o.Value, o.Neuter), (o.Value, o.Masculine) }).Concat(Tens));

    private static readonly Dictionary<string, int> CenturyOf = Table(CenturyWords);

    private static readonly string Units = Tolerant(Ordinals.Where(o => o.Value < 10).SelectMany(o => new[] { o.Genitive, o.Masculine }));
    private static readonly string Teens = Tolerant(Ordinals.Where(o => o.Value is >= 10 and < 20).SelectMany(o => new[] { o.Genitive, o.Masculine }));
    private static readonly string TensOrdinal = Tolerant(Ordinals.Where(o => o.Value >= 20).SelectMany(o => new[] { o.Genitive, o.Masculine }));
    private static readonly string TensCardinal = Tolerant(Tens.Select(t => t.Word)) + "|[2-9]0";

    /// <summary>«тысяча», «тысячи» and their misheard spellings («тысеча»).</summary>
    public static string Thousand { get; } = Tolerant(["тысяча"]);

    private static readonly string Century = $@"{Thousand}\s+{Tolerant(["девятьсот"])}|дв[ае]\s+{Thousand}";

    /// <summary>A day of the month in words: «пятое», «пятого», «двадцать седьмое», «20 шестой».</summary>
    public static string Day { get; } =
        $@"(?:(?:{Tolerant(["двадцать", "тридцать"])}|[23]0)\s+)?(?:{Tolerant(Ordinals.Where(o => o.Value <= 30).SelectMany(o => new[] { o.Genitive, o.Neuter, o.Masculine }))})";

    /// <summary>A year in words: with its century («тысяча девятьсот восемьдесят пятого», «две тысячи третьего»,
    /// «двухтысячного») or without («девяностого», «пятьдесят третьего», «девяносто седьмой»). A lone unit
    /// («третьего») is a year only before «год…»: otherwise it is too often the next day named.</summary>
    public static string Year { get; } =
        $@"(?:{Tolerant(["двухтысячного"])}|{Thousand}\s+{Tolerant(["девятисотого"])}"
        + $@"|(?:(?:{Century})\s+)?(?:(?:{TensCardinal})\s+(?:{Units})|{TensOrdinal}|{Teens})"
        + $@"|(?:{Century})\s+(?:{Units})"
        + $@"|(?:{Units})(?=\s*год))";

    /// <summary>The year a <see cref="Year"/> match names, or null when a word is not one of a year's words (a
    /// misheard year that a looser pattern let through).</summary>
    public static int? ReadYear(string words)
    {
        int? century = null;
        var lastTwoDigits = 0;
        foreach (var word in words.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            var key = Normalise(word);
            if (CenturyOf.TryGetValue(key, out var c))
            {
                century = c == 0 ? century : c;
            }
            else if (ValueOf.TryGetValue(key, out var value)
                     || int.TryParse(word, NumberStyles.None, CultureInfo.InvariantCulture, out value))
            {
                lastTwoDigits += value;
            }
            else
            {
                return null;
            }
        }

        return century is { } known ? known + lastTwoDigits : FromTwoDigits(lastTwoDigits);
    }

    /// <summary>A year said or written by its last two digits: «85» is 1985, «03» is 2003 (callers are not
    /// born in the 2030s, and a deadline so far ahead is rarely said this way).</summary>
    public static int FromTwoDigits(int value) => value > 30 ? 1900 + value : 2000 + value;

    /// <summary>An alternation of the words that takes the spellings a recogniser confuses: any vowel for a vowel,
    /// the soft sign left out, a doubled letter single («одинадцатого»).</summary>
    private static string Tolerant(IEnumerable<string> words)
    {
        var pattern = new StringBuilder();
        foreach (var word in words.Where(w => w.Length > 0).OrderByDescending(w => w.Length))
        {
            if (pattern.Length > 0)
            {
                pattern.Append('|');
            }

            for (var i = 0; i < word.Length; i++)
            {
                var letter = word[i];
                if (IsVowel(letter))
                {
                    pattern.Append("[аеёиоуыэюя]");
                }
                else if (letter is 'ь' or 'ъ')
                {
                    pattern.Append(letter).Append('?');
                }
                else
                {
                    pattern.Append(letter);
                    if (i + 1 < word.Length && word[i + 1] == letter)
                    {
                        pattern.Append('?');
                    }
                }
            }
        }

        return pattern.ToString();
    }

    /// <summary>The word as <see cref="Tolerant"/> reads it: vowels alike, soft signs gone, doubled letters single.</summary>
    private static string Normalise(string word)
    {
        var key = new StringBuilder(word.Length);
        foreach (var letter in word.ToLowerInvariant())
        {
            var kept = IsVowel(letter) ? 'а' : letter;
            if (letter is 'ь' or 'ъ' || (key.Length > 0 && key[^1] == kept && kept != 'а'))
            {
                continue;
            }

            key.Append(kept);
        }

        return key.ToString();
    }

    private static bool IsVowel(char letter) => "аеёиоуыэюя".Contains(letter);

    private static Dictionary<string, int> Table(IEnumerable<(int Value, string Word)> words)
    {
        var table = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (value, word) in words.Where(w => w.Word.Length > 0))
        {
            Add(table, word, value);
        }

        return table;
    }

    // Two words that read alike must mean the same number, or the tolerant reading would be ambiguous.
    private static void Add(Dictionary<string, int> table, string word, int value)
    {
        var key = Normalise(word);
        if (table.TryGetValue(key, out var known) && known != value)
        {
            throw new InvalidOperationException($"«{word}» reads like another number word ({known}).");
        }

        table[key] = value;
    }
}
