namespace QualityAnalytics.Reports.Excel;

/// <summary>Row heights for wrapped text, estimated from the text length. Excel keeps a stored height and
/// ClosedXML cannot measure text on Linux (AdjustToContents needs System.Drawing), so we size rows ourselves.</summary>
internal static class RowHeights
{
    // Arial 10: a column width unit is one '0'; mixed Cyrillic text runs about 1.15 characters per unit.
    private const double CharactersPerWidthUnit = 1.15;
    private const double PointsPerLine = 12.75;

    public static int Lines(string text, double columnWidth)
    {
        if (string.IsNullOrEmpty(text))
        {
            return 1;
        }

        var perLine = Math.Max(1, (int)Math.Floor((columnWidth - 1) * CharactersPerWidthUnit));
        return text.Split('\n').Sum(paragraph => Math.Max(1, (int)Math.Ceiling(paragraph.Length / (double)perLine)));
    }

    public static double Points(int lines) => Math.Min(409, lines * PointsPerLine + 3);
}
