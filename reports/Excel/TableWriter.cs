using ClosedXML.Excel;

namespace QualityAnalytics.Reports.Excel;

/// <summary>Writes a list as a report table: styled header, frozen above the data, autofilter, explicit widths
/// (never AdjustToContents: it measures text with System.Drawing, which throws on Linux), number formats per
/// column and a red highlight where a value misses its target.</summary>
/// <remarks>Formats are set on whole columns before any value is written, so new cells inherit them: ClosedXML
/// styles cell by cell when a range is styled afterwards, which took seconds for a few thousand rows. For the
/// same reason the data has no per-cell borders; gridlines are printed instead.</remarks>
internal static class TableWriter
{
    /// <returns>The last row written.</returns>
    public static int Write<T>(IXLWorksheet sheet, int headerRow, IReadOnlyList<TableColumn<T>> columns, IReadOnlyList<T> rows, string? emptyMessage = null)
    {
        for (var c = 0; c < columns.Count; c++)
        {
            SafeCell.Text(sheet.Cell(headerRow, c + 1), columns[c].Header);
            sheet.Column(c + 1).Width = columns[c].Width;
        }

        FormatColumns(sheet, columns);
        var header = sheet.Range(headerRow, 1, headerRow, columns.Count);
        ReportStyles.Header(header);
        var headerLines = columns.Max(c => RowHeights.Lines(c.Header, c.Width));
        sheet.Row(headerRow).Height = Math.Max(30, RowHeights.Points(headerLines));
        sheet.SheetView.FreezeRows(headerRow);

        for (var r = 0; r < rows.Count; r++)
        {
            var lines = 1;
            for (var c = 0; c < columns.Count; c++)
            {
                var value = columns[c].Value(rows[r]);
                SafeCell.Value(sheet.Cell(headerRow + 1 + r, c + 1), value);
                if (columns[c].Wrap)
                {
                    lines = Math.Max(lines, RowHeights.Lines(sheet.Cell(headerRow + 1 + r, c + 1).GetString(), columns[c].Width));
                }
            }

            if (lines > 1)
            {
                sheet.Row(headerRow + 1 + r).Height = RowHeights.Points(lines);
            }
        }

        var lastRow = headerRow + Math.Max(rows.Count, 1);
        if (rows.Count == 0 && emptyMessage is not null)
        {
            SafeCell.Text(sheet.Cell(headerRow + 1, 1), emptyMessage);
            sheet.Cell(headerRow + 1, 1).Style.Font.Italic = true;
            sheet.Range(headerRow + 1, 1, headerRow + 1, columns.Count).Merge();
        }

        var body = sheet.Range(headerRow, 1, lastRow, columns.Count);
        body.Style.Border.OutsideBorder = XLBorderStyleValues.Thin;
        body.Style.Border.OutsideBorderColor = ReportStyles.Border;
        if (rows.Count > 0)
        {
            AddTargetHighlights(sheet, headerRow, columns, rows.Count);
            body.SetAutoFilter();
        }

        ReportStyles.PrintSetup(sheet, headerRow);
        sheet.PageSetup.ShowGridlines = true;
        return lastRow;
    }

    private static void FormatColumns<T>(IXLWorksheet sheet, IReadOnlyList<TableColumn<T>> columns)
    {
        for (var c = 0; c < columns.Count; c++)
        {
            var style = sheet.Column(c + 1).Style;
            style.Alignment.Vertical = XLAlignmentVerticalValues.Top;
            if (columns[c].Format is { } format)
            {
                style.NumberFormat.Format = format;
            }

            if (columns[c].Wrap)
            {
                style.Alignment.WrapText = true;
            }
        }
    }

    private static void AddTargetHighlights<T>(IXLWorksheet sheet, int headerRow, IReadOnlyList<TableColumn<T>> columns, int count)
    {
        for (var c = 0; c < columns.Count; c++)
        {
            if (columns[c].Target is { } target)
            {
                var first = sheet.Cell(headerRow + 1, c + 1).Address.ToStringRelative();
                sheet.Range(headerRow + 1, c + 1, headerRow + count, c + 1).AddConditionalFormat().WhenIsTrue(target.MissFormula(first))
                    .Fill.SetBackgroundColor(ReportStyles.BadFill)
                    .Font.SetFontColor(ReportStyles.BadFont);
            }
        }
    }
}
