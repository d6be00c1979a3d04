using System.Text.RegularExpressions;

namespace QualityAnalytics.Pipeline.Privacy;

/// <summary>Replaces personal data in transcript text and quotes with Russian tokens such as «[паспорт]».</summary>
/// <remarks>Runs on every segment text and quote before it is stored, so evidence, exports and reports never
/// hold the data in clear. It errs towards masking: a document issue date or an application number may be
/// masked as well, which costs a reader little, while one missed passport number is a data breach.
/// Order matters: e-mails and dates first (they contain digits), then names, then runs of digits or number words.</remarks>
public static partial class PersonalDataMasker
{
    public static string Mask(string text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return text;
        }

        // The patterns are costly to run over every segment of a night; a cheap exact test of what each one cannot
        // match without (an «@», a spoken «собака»/«эт» between spaces) skips most texts.
        var masked = text.Contains('@') ? EmailPattern().Replace(text, MaskTokens.Email) : text;
        masked = HasSpokenAt(masked) ? SpokenEmailPattern().Replace(masked, MaskTokens.Email) : masked;
        masked = BirthDateMasker.Mask(masked);
        masked = FullNameMasker.Mask(masked);
        masked = NumberRunMasker.Mask(masked);
        return masked;
    }

    /// <summary>Whether a spoken «@» («собака», «собачка», «эт») stands between white space, as the spoken e-mail
    /// pattern requires.</summary>
    private static bool HasSpokenAt(string text)
    {
        foreach (var word in SpokenAtWords)
        {
            for (var at = text.IndexOf(word, StringComparison.OrdinalIgnoreCase); at >= 0;
                 at = text.IndexOf(word, at + 1, StringComparison.OrdinalIgnoreCase))
            {
                var end = at + word.Length;
                if (at > 0 && char.IsWhiteSpace(text[at - 1]) && end < text.Length && char.IsWhiteSpace(text[end]))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static readonly string[] SpokenAtWords = ["собака", "собачка", "эт"];

    /// <summary>Null stays null: quotes are optional in the schema.</summary>
    public static string? MaskOrNull(string? text) => text is null ? null : Mask(text);

    [GeneratedRegex(@"[\p{L}\d._%+\-]+@[\p{L}\d\-]+(?:\.[\p{L}\d\-]+)+", RegexOptions.CultureInvariant)]
    private static partial Regex EmailPattern();

    // ASR spells addresses out: «ivanov собака mail точка ru», «петров собака яндекс точка ру».
    [GeneratedRegex(@"[\p{L}\d._\-]+(?:\s+(?:точка|нижнее\s+подчёркивание|подчеркивание|дефис)\s+[\p{L}\d]+)*\s+(?:собака|собачка|эт)\s+[\p{L}\d\-]+(?:\s*(?:\.|точка)\s*[\p{L}]+)+",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SpokenEmailPattern();
}
