using ClosedXML.Excel;

namespace QualityAnalytics.Reports.Excel;

/// <summary>One look for both workbooks: a font every office suite has, a dark header, muted warning colours.</summary>
internal static class ReportStyles
{
    public const string Font = "Arial";

    public const string Percent = "0.0%";
    public const string Score = "0.0";
    public const string Integer = "#,##0";
    public const string Seconds = "0.0 \"с\"";
    public const string Date = "dd.mm.yyyy";

    /// <summary>Durations in seconds shown as м:сс (the cell holds days, as Excel times do).</summary>
    public const string Duration = "[m]:ss";

    public static readonly XLColor HeaderFill = XLColor.FromArgb(0x1F, 0x4E, 0x79);
    public static readonly XLColor HeaderFont = XLColor.White;
    public static readonly XLColor BadFill = XLColor.FromArgb(0xF8, 0xCB, 0xAD);
    public static readonly XLColor BadFont = XLColor.FromArgb(0x9C, 0x00, 0x06);
    public static readonly XLColor GoodFill = XLColor.FromArgb(0xC6, 0xEF, 0xCE);
    public static readonly XLColor GoodFont = XLColor.FromArgb(0x00, 0x61, 0x00);
    public static readonly XLColor Border = XLColor.FromArgb(0xD9, 0xD9, 0xD9);
    public static readonly XLColor Muted = XLColor.FromArgb(0x59, 0x59, 0x59);

    public const string PassColor = "70AD47";
    public const string CoachColor = "FFC000";
    public const string FailColor = "C00000";
    public const string MainColor = "1F4E79";
    public const string TargetColor = "A5A5A5";

    public static XLWorkbook NewWorkbook()
    {
        var workbook = new XLWorkbook();
        workbook.Style.Font.FontName = Font;
        workbook.Style.Font.FontSize = 10;
        return workbook;
    }

    public static void Header(IXLRange range)
    {
        range.Style.Font.Bold = true;
        range.Style.Font.FontColor = HeaderFont;
        range.Style.Fill.BackgroundColor = HeaderFill;
        range.Style.Alignment.WrapText = true;
        range.Style.Alignment.Vertical = XLAlignmentVerticalValues.Center;
        range.Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Center;
    }

    public static void Title(IXLWorksheet sheet, string title, string subtitle, int lastColumn)
    {
        var titleCell = sheet.Cell(1, 1);
        SafeCell.Text(titleCell, title);
        titleCell.Style.Font.Bold = true;
        titleCell.Style.Font.FontSize = 14;
        titleCell.Style.Font.FontColor = HeaderFill;
        sheet.Range(1, 1, 1, lastColumn).Merge();
        var subtitleCell = sheet.Cell(2, 1);
        SafeCell.Text(subtitleCell, subtitle);
        subtitleCell.Style.Font.FontColor = Muted;
        subtitleCell.Style.Font.Italic = true;
        sheet.Range(2, 1, 2, lastColumn).Merge();
        sheet.Row(1).Height = 22;
    }

    /// <summary>Landscape, one page wide: what a manager gets when printing or exporting to PDF.</summary>
    public static void PrintSetup(IXLWorksheet sheet, int headerRow)
    {
        sheet.PageSetup.PageOrientation = XLPageOrientation.Landscape;
        sheet.PageSetup.PaperSize = XLPaperSize.A4Paper;
        sheet.PageSetup.FitToPages(1, 0);
        sheet.PageSetup.Margins.Left = 0.4;
        sheet.PageSetup.Margins.Right = 0.4;
        sheet.PageSetup.Margins.Top = 0.5;
        sheet.PageSetup.Margins.Bottom = 0.5;
        if (headerRow > 0)
        {
            sheet.PageSetup.SetRowsToRepeatAtTop(headerRow, headerRow);
        }
    }
}
