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
        sheet.Row(headerRow).Height = 30;
        sheet.SheetView.FreezeRows(headerRow);

        for (var r = 0; r < rows.Count; r++)
        {
            for (var c = 0; c < columns.Count; c++)
            {
                SafeCell.Value(sheet.Cell(headerRow + 1 + r, c + 1), columns[c].Value(rows[r]));
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
