using ClosedXML.Excel;

namespace QualityAnalytics.Reports.Excel;

/// <summary>Writes a list as a report table: styled header, frozen above the data, autofilter, explicit widths
/// (never AdjustToContents: it measures text with System.Drawing, which throws on Linux), number formats per
/// column and a red highlight where a value misses its target.</summary>
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
        body.Style.Border.InsideBorder = XLBorderStyleValues.Thin;
        body.Style.Border.InsideBorderColor = ReportStyles.Border;
        body.Style.Border.OutsideBorder = XLBorderStyleValues.Thin;
        body.Style.Border.OutsideBorderColor = ReportStyles.Border;
        if (rows.Count > 0)
        {
            FormatColumns(sheet, headerRow, columns, rows.Count);
            body.SetAutoFilter();
        }

        ReportStyles.PrintSetup(sheet, headerRow);
        return lastRow;
    }

    private static void FormatColumns<T>(IXLWorksheet sheet, int headerRow, IReadOnlyList<TableColumn<T>> columns, int count)
    {
        for (var c = 0; c < columns.Count; c++)
        {
            var column = columns[c];
            var data = sheet.Range(headerRow + 1, c + 1, headerRow + count, c + 1);
            data.Style.Alignment.Vertical = XLAlignmentVerticalValues.Top;
            if (column.Format is not null)
            {
                data.Style.NumberFormat.Format = column.Format;
            }

            if (column.Wrap)
            {
                data.Style.Alignment.WrapText = true;
            }

            if (column.Target is { } target)
            {
                var first = sheet.Cell(headerRow + 1, c + 1).Address.ToStringRelative();
                data.AddConditionalFormat().WhenIsTrue(target.MissFormula(first))
                    .Fill.SetBackgroundColor(ReportStyles.BadFill)
                    .Font.SetFontColor(ReportStyles.BadFont);
            }
        }
    }
}
