using System.Buffers;
using System.Globalization;
using System.Text.RegularExpressions;

namespace QualityAnalytics.Pipeline.Privacy;

/// <summary>Masks dates of birth written as «12.03.1985», «12 марта 1985 года» or «двенадцатого марта тысяча девятьсот…».</summary>
/// <remarks>A date counts as a birth date when a birth keyword stands shortly before it, or when its year is far
/// enough in the past that it cannot be a service deadline (before 2015): ordinary deadlines stay readable.</remarks>
internal static partial class BirthDateMasker
{
    private const int LatestPlausibleBirthYear = 2015;

    // What the patterns cannot match without: a digit, or a month's name. Most segments have neither.
    private static readonly SearchValues<string> MonthNames = SearchValues.Create(
        ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"],
        StringComparison.OrdinalIgnoreCase);

    public static string Mask(string text)
    {
        if (text.AsSpan().IndexOfAnyInRange('0', '9') >= 0)
        {
            text = NumericDate().Replace(text, m => Decide(text, m, ParseYear(m.Groups["year"].Value)));
        }

        return text.AsSpan().ContainsAny(MonthNames)
            ? WordDate().Replace(text, m => Decide(text, m, ParseYear(m.Groups["year"].Value)))
            : text;
    }

    private static string Decide(string text, Match match, int? year)
    {
        var before = text[Math.Max(0, match.Index - 40)..match.Index];
        if (BirthContext().IsMatch(before) || year is > 1900 and < LatestPlausibleBirthYear
            || (year is null && match.Groups["year"].Value.StartsWith("тысяча", StringComparison.OrdinalIgnoreCase)))
        {
            return MaskTokens.BirthDate;
        }

        return match.Value;
    }

    private static int? ParseYear(string year)
    {
        if (!int.TryParse(year, NumberStyles.None, CultureInfo.InvariantCulture, out var value))
        {
            return null; // spelled out: only «тысяча девятьсот…» is surely in the past, «две тысячи…» may be a deadline
        }

        return value < 100 ? (value > 30 ? 1900 + value : 2000 + value) : value;
    }

    [GeneratedRegex(@"(?<![\d.])\d{1,2}[./\-]\d{1,2}[./\-](?<year>\d{4}|\d{2})(?![\d.])(?:\s*(?:года|г\.))?",
        RegexOptions.CultureInvariant)]
    private static partial Regex NumericDate();

    [GeneratedRegex("""
        (?ix)
        \b(?:\d{1,2}|(?:(?:двадцать|тридцать)\s+)?(?:первого|второго|третьего|четвёртого|четвертого|пятого|шестого|седьмого|восьмого|девятого|десятого|одиннадцатого|двенадцатого|тринадцатого|четырнадцатого|пятнадцатого|шестнадцатого|семнадцатого|восемнадцатого|девятнадцатого|двадцатого|тридцатого))
        \s+(?:января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря)
        (?:\s+(?<year>\d{4})|\s+(?<year>(?:тысяча|две\s+тысячи)(?:\s+[а-яё]+){0,3}?)(?=\s+год|\s*[,.;!?]|\s*$)|)
        (?:\s*(?:года|год|г\.))?
        """, RegexOptions.CultureInvariant)]
    private static partial Regex WordDate();

    [GeneratedRegex(@"(?i)(рожд|родил|г\.\s?р\.|д\.\s?р\.)", RegexOptions.CultureInvariant)]
    private static partial Regex BirthContext();
}
