using ClosedXML.Excel;
using QualityAnalytics.Pipeline.Privacy;

namespace QualityAnalytics.Reports.Excel;

/// <summary>The only way report text gets into a cell: as text, never as a formula, even when it starts with
/// =, +, -, @ or a tab (a transcript saying <c>=HYPERLINK(...)</c> must not become a live link).</summary>
internal static class SafeCell
{
    private static readonly char[] FormulaStarts = ['=', '+', '-', '@', '\t', '\r'];

    public static bool LooksLikeFormula(string text) => text.Length > 0 && FormulaStarts.Contains(text[0]);

    public static void Text(IXLCell cell, string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return;
        }

        cell.SetValue(text);
        cell.DataType = XLDataType.Text;
        if (LooksLikeFormula(text))
        {
            // The quote prefix keeps Excel and LibreOffice from re-reading the text as a formula when edited.
            cell.Style.IncludeQuotePrefix = true;
        }
    }

    /// <summary>Transcript evidence: masked again on the way out (the store masks on the way in; masking twice
    /// changes nothing), then written as text.</summary>
    public static void Evidence(IXLCell cell, string? text) => Text(cell, PersonalDataMasker.MaskOrNull(text));

    public static void Value(IXLCell cell, object? value)
    {
        switch (value)
        {
            case null:
                return;
            case string text:
                Text(cell, text);
                return;
            case EvidenceText evidence:
                Evidence(cell, evidence.Text);
                return;
            case DateOnly day:
                cell.SetValue(day.ToDateTime(TimeOnly.MinValue));
                return;
            case DateTime time:
                cell.SetValue(time);
                return;
            case int number:
                cell.SetValue(number);
                return;
            case double number when double.IsFinite(number):
                cell.SetValue(number);
                return;
            case double:
                return;
            default:
                throw new ArgumentException($"No cell writer for {value.GetType().Name}.", nameof(value));
        }
    }
}
