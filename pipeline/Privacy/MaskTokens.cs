namespace QualityAnalytics.Pipeline.Privacy;

/// <summary>What a masked span is replaced with: says what kind of data stood there, never the data.</summary>
public static class MaskTokens
{
    public const string Passport = "[паспорт]";
    public const string Snils = "[СНИЛС]";
    public const string Inn = "[ИНН]";
    public const string Phone = "[телефон]";
    public const string Email = "[e-mail]";
    public const string Card = "[карта]";
    public const string BirthDate = "[дата рождения]";
    public const string FullName = "[ФИО]";

    /// <summary>A long number whose kind the context does not tell (application or account numbers).</summary>
    public const string Number = "[номер]";
}
