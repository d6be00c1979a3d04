namespace QualityAnalytics.Reports.Charts;

/// <summary>A native Excel chart placed over cells of <see cref="Sheet"/> from <see cref="From"/> to <see cref="To"/>
/// (zero-based column and row of the top-left and bottom-right cells).</summary>
/// <param name="CategoryDates">When the categories are date cells: their dates (the cache then holds serial numbers).</param>
internal sealed record ChartSpec(
    string Sheet,
    string Title,
    ChartKind Kind,
    string CategoriesReference,
    IReadOnlyList<string> Categories,
    IReadOnlyList<ChartSeries> Series,
    (int Column, int Row) From,
    (int Column, int Row) To,
    string ValueFormat = "General",
    IReadOnlyList<DateOnly>? CategoryDates = null)
{
    public static string Reference(string sheet, string column, int firstRow, int lastRow) =>
        $"'{sheet.Replace("'", "''", StringComparison.Ordinal)}'!${column}${firstRow}:${column}${lastRow}";
}
