using System.Text.RegularExpressions;

namespace QualityAnalytics.Pipeline.Privacy;

/// <summary>Masks document, phone and card numbers written as digits, spelled out as words, or mixed
/// («восемь девятьсот шестнадцать 123 45 67»).</summary>
/// <remarks>A run of digit groups and number words is read as one digit string. A keyword shortly before it
/// («паспорт», «СНИЛС», «ИНН», «телефон», «карта») says what it is, and then four digits already count
/// (a passport series alone); without a keyword, seven or more digits are masked and the shape picks the token.</remarks>
internal static partial class NumberRunMasker
{
    private const int ContextChars = 60;
    private const int ContextCharsAfter = 40;
    private const int MinDigitsWithContext = 4;

    // Six digits is a passport number on its own; amounts of money come with «рублей» and rarely matter here.
    private const int MinDigitsWithoutContext = 6;

    private static readonly Regex Run = new(
        $$"""(?<![\p{L}\d])(?:\+|плюс\s+)?(?:\d+|(?:{{SpokenNumbers.WordPattern}})(?![\p{L}]))(?:[\s,\-–()]+(?:\d+|(?:{{SpokenNumbers.WordPattern}})(?![\p{L}])))*(?![\p{L}\d])""",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);

    private static readonly Regex Token = new(
        $$"""\d+|{{SpokenNumbers.WordPattern}}""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);

    // A run needs a digit or a whole number word; a text with neither (most segments) skips the pattern.
    public static string Mask(string text) =>
        text.AsSpan().IndexOfAnyInRange('0', '9') >= 0 || SpokenNumbers.HasNumberWord(text)
            ? Run.Replace(text, match => MaskRun(text, match))
            : text;

    private static string MaskRun(string text, Match run)
    {
        var tokens = Token.Matches(run.Value).Select(m => m.Value.ToLowerInvariant());
        var digits = SpokenNumbers.ToDigits(tokens);
        var before = text[Math.Max(0, run.Index - ContextChars)..run.Index];
        var after = text[(run.Index + run.Length)..Math.Min(text.Length, run.Index + run.Length + ContextCharsAfter)];
        // Callers often name the document after the digits («сорок пять двенадцать — это серия паспорта»).
        var context = ContextToken(before, fromEnd: true) ?? ContextToken(after, fromEnd: false);
        var startsWithPlus = run.Value.StartsWith('+') || run.Value.StartsWith("плюс", StringComparison.OrdinalIgnoreCase);
        if (context is not null && digits.Length >= MinDigitsWithContext)
        {
            // A bare «номер» says nothing of the kind: the shape may still tell a phone or a card.
            return Keep(run, context == MaskTokens.Number ? ByShape(digits, startsWithPlus, run.Value) : context);
        }

        if (digits.Length < MinDigitsWithoutContext)
        {
            return run.Value;
        }

        return Keep(run, ByShape(digits, startsWithPlus, run.Value));
    }

    /// <summary>Separators at the edges of a run (a trailing comma, a space) belong to the sentence, not the number.</summary>
    private static string Keep(Match run, string token)
    {
        var value = run.Value;
        var trimmedEnd = value.TrimEnd(' ', ',', '-', '–', '(', '\t');
        return token + value[trimmedEnd.Length..];
    }

    private static string ByShape(string digits, bool startsWithPlus, string raw) => digits.Length switch
    {
        11 when startsWithPlus || digits[0] is '7' or '8' => MaskTokens.Phone,
        10 when digits[0] == '9' => MaskTokens.Phone,
        >= 13 and <= 19 => MaskTokens.Card,
        11 => MaskTokens.Snils,
        12 => MaskTokens.Inn,
        10 when PassportShape().IsMatch(raw) => MaskTokens.Passport,
        _ => MaskTokens.Number,
    };

    /// <summary>The kind named by the keyword nearest the number, if any. A bare «номер» only counts when no
    /// keyword names the document («номер телефона», «номер паспорта» name it), and after the digits only right
    /// after them («сорок пять двенадцать, номер…»), so a year before «номер заявления» stays readable.</summary>
    private static string? ContextToken(string window, bool fromEnd)
    {
        var keywords = Keyword().Matches(window).Select(k => (Kind: KindOf(k.Value.ToLowerInvariant()), k.Index)).ToList();
        if (fromEnd)
        {
            keywords.Reverse();
        }

        var specific = keywords.FirstOrDefault(k => k.Kind != MaskTokens.Number).Kind;
        if (specific is not null)
        {
            return specific;
        }

        return keywords.Any(k => fromEnd || k.Index <= 3) ? MaskTokens.Number : null;
    }

    private static string KindOf(string word) => word switch
    {
        _ when word.StartsWith("снилс", StringComparison.Ordinal) || word.StartsWith("страхов", StringComparison.Ordinal) => MaskTokens.Snils,
        _ when word.StartsWith("инн", StringComparison.Ordinal) => MaskTokens.Inn,
        _ when word.StartsWith("паспорт", StringComparison.Ordinal) || word.StartsWith("сери", StringComparison.Ordinal) => MaskTokens.Passport,
        _ when word.StartsWith("карт", StringComparison.Ordinal) => MaskTokens.Card,
        _ when word.StartsWith("рожд", StringComparison.Ordinal) || word.StartsWith("родил", StringComparison.Ordinal) => MaskTokens.BirthDate,
        _ when word.StartsWith("номер", StringComparison.Ordinal) || word.StartsWith("счёт", StringComparison.Ordinal) || word.StartsWith("счет", StringComparison.Ordinal) => MaskTokens.Number,
        _ => MaskTokens.Phone,
    };

    // Not inside a mask token already written (a context window may cut the token's «[» or «]» off): «[дата
    // рождения]» before an SMS code does not make the code a birth date.
    [GeneratedRegex(@"(?i)(?<!\[[^\[\]]*)(?![^\[\]]*\])\b(?:снилс\w*|страхов\w*|инн|паспорт\w*|сери[яиюей]\b|карт[аыеуой]\w*|рожд\w*|родил\w*|телефон\w*|мобильн\w*|сотов\w*|номер\s+для\s+связи|перезвонить|позвонить|звонить|номер\w*|сч[её]т\w*)",
        RegexOptions.CultureInvariant)]
    private static partial Regex Keyword();

    // Series and number as printed: «45 12 345678» or «4512 345678».
    [GeneratedRegex(@"^\d{2}\s?\d{2}\s+\d{6}$", RegexOptions.CultureInvariant)]
    private static partial Regex PassportShape();
}
