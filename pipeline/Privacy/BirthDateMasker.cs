using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace QualityAnalytics.Pipeline.Privacy;

/// <summary>Masks dates of birth written as «12.03.1985», «1985-03-12», «12 марта 1985 года», «1 марта 85-го», or said
/// as «двенадцатого марта тысяча девятьсот…», «третье октября девяностого года»; and a year said with «года
/// рождения» or «г.р.» («восемьдесят третьего года рождения»).</summary>
/// <remarks>A date counts as a birth date when a birth keyword stands shortly before it, or when its year is far
/// enough in the past that it cannot be a service deadline (before 2015): ordinary deadlines stay readable.</remarks>
internal static partial class BirthDateMasker
{
    private const int LatestPlausibleBirthYear = 2015;

    // What the patterns cannot match without: a digit, a month's name, a birth keyword. Most segments have none.
    private static readonly SearchValues<string> MonthNames = SearchValues.Create(
        ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"],
        StringComparison.OrdinalIgnoreCase);

    private static readonly SearchValues<string> YearOfBirthMarks = SearchValues.Create(["года рожд", "г.р.", "г. р."], StringComparison.OrdinalIgnoreCase);

    public static string Mask(string text)
    {
        if (text.AsSpan().IndexOfAnyInRange('0', '9') >= 0)
        {
            text = NumericDate().Replace(text, m => IsBirthDate(text, m.Index, m.Groups["year"].Value) ? MaskTokens.BirthDate : m.Value);
        }

        if (text.AsSpan().ContainsAny(MonthNames))
        {
            text = MaskWordDates(text);
        }

        // Said without day and month, the year still dates the birth: «Белова Марина, восемьдесят третьего года рождения».
        return text.AsSpan().ContainsAny(YearOfBirthMarks)
            ? YearOfBirth.Replace(text, MaskTokens.BirthDate)
            : text;
    }

    /// <summary>Dates with the month in words. Each is found from its month: the day is read backwards from the
    /// month, the year forwards. One pattern tried at every word would spend most of its time on the day's
    /// many spellings before words that no month follows.</summary>
    private static string MaskWordDates(string text)
    {
        StringBuilder? masked = null;
        var copied = 0;
        foreach (Match month in MonthName().Matches(text))
        {
            if (month.Index < copied)
            {
                continue;
            }

            var day = DayBefore.Match(text, copied, month.Index - copied);
            if (!day.Success)
            {
                continue;
            }

            var year = YearAfter.Match(text, month.Index + month.Length);
            if (!IsBirthDate(text, day.Index, year.Groups["year"].Value))
            {
                continue;
            }

            masked ??= new StringBuilder(text.Length);
            masked.Append(text, copied, day.Index - copied).Append(MaskTokens.BirthDate);
            copied = year.Index + year.Length;
        }

        return masked is null ? text : masked.Append(text, copied, text.Length - copied).ToString();
    }

    private static bool IsBirthDate(string text, int start, string yearText)
    {
        var year = ReadYear(yearText);
        return BirthContext().IsMatch(text.AsSpan(Math.Max(0, start - 40), Math.Min(start, 40)))
            || year is >= 1900 and < LatestPlausibleBirthYear
            || (year is null && yearText.StartsWith("тыс", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>The year as digits («1985», «85») or words («девяностого»); null when there is none, or when the
    /// looser «тысяча…» alternative let through words that are not a year's (a misheard year).</summary>
    private static int? ReadYear(string year)
    {
        if (year.Length == 0)
        {
            return null;
        }

        if (!int.TryParse(year, NumberStyles.None, CultureInfo.InvariantCulture, out var value))
        {
            return SpokenOrdinals.ReadYear(year);
        }

        return value < 100 ? SpokenOrdinals.FromTwoDigits(value) : value;
    }

    // «12.03.1985», «12/03/85», «1985-03-12». Not part of a longer dotted run («1.12.03.1985»), but a date may end a
    // sentence: the dot after it is the sentence's («Дата рождения 12.03.1985.»).
    [GeneratedRegex(@"(?<!\d|\d[./\-])(?:\d{1,2}[./\-]\d{1,2}[./\-](?<year>\d{4}|\d{2})|(?<year>\d{4})[./\-]\d{1,2}[./\-]\d{1,2})(?!\d|[./\-]\d)(?:\s*(?:года|г\.))?",
        RegexOptions.CultureInvariant)]
    private static partial Regex NumericDate();

    [GeneratedRegex(@"(?i)\b(?:января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря)\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex MonthName();

    // The day right before a month, read from the month backwards: «12», «1-го», «двенадцатое», «двадцать седьмого»;
    // a hesitation may stand between them («десятое э октября»).
    private static readonly Regex DayBefore = new(
        $@"\b(?:\d{{1,2}}(?:-?(?:го|е|ое|ого))?|{SpokenOrdinals.Day})\s+(?:(?:э+|м+|а+|эм+|ну|хм+)[\s,.]+)?$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.RightToLeft | RegexOptions.Compiled);

    // The year if any, right after the month: four digits; two digits that end the phrase or say they are a year
    // («85-го», «85 года»), so «10 марта 12 заявлений» has none; a year in words, maybe with «год» glued to it
    // («седьмогогода»); or the looser «тысяча…» of a misheard year, up to «год» or the end of the phrase.
    private static readonly Regex YearAfter = new($$"""
        \G
        (?:\s+(?<year>\d{4})(?!\d)
          |\s+(?<year>\d{2})(?:-?(?:го|ого)\b|(?=\s*(?:года|год|г\.)|\s*[,.;!?)]|\s*$))
          |\s+(?<year>{{SpokenOrdinals.Year}})(?:год[а-я]*)?\b
          |\s+(?<year>(?:дв[ае]\s+)?(?:{{SpokenOrdinals.Thousand}})(?:\s+[а-яё]+){0,3}?)(?=\s+год|\s*[,.;!?]|\s*$)
          |)
        (?:\s*(?:(?:года|год)\b|г\.))?
        """, RegexOptions.IgnoreCase | RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant | RegexOptions.Compiled);

    // The year alone, in digits or words, right before «года рождения» or «г.р.»; those words stay.
    private static readonly Regex YearOfBirth = new($$"""
        (?<![\p{L}\d])(?:\d{4}|\d{2}|{{SpokenOrdinals.Year}})
        (?=\s+года\s+рожд|\s*г\.\s?р\.)
        """, RegexOptions.IgnoreCase | RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant | RegexOptions.Compiled);

    [GeneratedRegex(@"(?i)(рожд|родил|г\.\s?р\.|д\.\s?р\.)", RegexOptions.CultureInvariant)]
    private static partial Regex BirthContext();
}
