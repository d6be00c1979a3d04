using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;

namespace QualityAnalytics.Tests.Support;

/// <summary>Reads a workbook the way Excel would, without ClosedXML: validation errors, charts, raw cells.</summary>
internal static class WorkbookInspector
{
    public static IReadOnlyList<string> ValidationErrors(string path)
    {
        using var document = SpreadsheetDocument.Open(path, isEditable: false);
        var validator = new OpenXmlValidator(DocumentFormat.OpenXml.FileFormatVersions.Office2013);
        return validator.Validate(document)
            .Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}")
            .ToList();
    }

    public static int ChartCount(string path, string sheetName)
    {
        using var document = SpreadsheetDocument.Open(path, isEditable: false);
        var part = SheetPart(document, sheetName);
        return part.DrawingsPart?.ChartParts.Count() ?? 0;
    }

    /// <summary>Every cell of the workbook with its text and whether it holds a formula.</summary>
    public static IEnumerable<(string Sheet, string Reference, string Text, bool IsFormula)> Cells(string path)
    {
        using var document = SpreadsheetDocument.Open(path, isEditable: false);
        var workbook = document.WorkbookPart!;
        var shared = workbook.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(i => i.InnerText).ToList() ?? [];
        var result = new List<(string, string, string, bool)>();
        foreach (var sheet in workbook.Workbook.Sheets!.Elements<Sheet>())
        {
            var part = (WorksheetPart)workbook.GetPartById(sheet.Id!.Value!);
            foreach (var cell in part.Worksheet.Descendants<Cell>())
            {
                var raw = cell.CellValue?.Text ?? cell.InlineString?.InnerText ?? "";
                var text = cell.DataType?.Value == CellValues.SharedString && int.TryParse(raw, out var index) ? shared[index] : raw;
                result.Add((sheet.Name!.Value!, cell.CellReference!.Value!, text, cell.CellFormula is not null));
            }
        }

        return result;
    }

    private static WorksheetPart SheetPart(SpreadsheetDocument document, string sheetName)
    {
        var workbook = document.WorkbookPart!;
        var sheet = workbook.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name?.Value == sheetName);
        return (WorksheetPart)workbook.GetPartById(sheet.Id!.Value!);
    }
}
