using System.Text.RegularExpressions;

namespace QualityAnalytics.Pipeline.Privacy;

/// <summary>Replaces personal data in free text with Russian placeholders before anything is stored or reported.</summary>
public static partial class PersonalDataMasker
{
    public static string Mask(string text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return text;
        }

        text = Email().Replace(text, "[e-mail]");
        text = Snils().Replace(text, "[СНИЛС]");
        text = Card().Replace(text, "[карта]");
        text = Phone().Replace(text, "[телефон]");
        text = Passport().Replace(text, "[паспорт]");
        text = Inn().Replace(text, "[ИНН]");
        text = Date().Replace(text, "[дата]");
        return text;
    }

    [GeneratedRegex(@"[\w.+-]+@[\w-]+(\.[\w-]+)+", RegexOptions.CultureInvariant)]
    private static partial Regex Email();

    [GeneratedRegex(@"\b\d{3}[- ]?\d{3}[- ]?\d{3}[- ]?\d{2}\b")]
    private static partial Regex Snils();

    [GeneratedRegex(@"\b(?:\d{4}[ -]?){3}\d{4}\b")]
    private static partial Regex Card();

    [GeneratedRegex(@"(?:\+7|\b8)[\s(-]*\d{3}[\s)-]*\d{3}[\s-]*\d{2}[\s-]*\d{2}\b")]
    private static partial Regex Phone();

    [GeneratedRegex(@"\b\d{2}\s?\d{2}\s?№?\s?\d{6}\b")]
    private static partial Regex Passport();

    [GeneratedRegex(@"\b\d{10}(?:\d{2})?\b")]
    private static partial Regex Inn();

    [GeneratedRegex(@"\b\d{1,2}[./]\d{1,2}[./]\d{2,4}\b")]
    private static partial Regex Date();
}
