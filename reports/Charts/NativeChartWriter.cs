using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using A = DocumentFormat.OpenXml.Drawing;
using C = DocumentFormat.OpenXml.Drawing.Charts;
using Xdr = DocumentFormat.OpenXml.Drawing.Spreadsheet;

namespace QualityAnalytics.Reports.Charts;

/// <summary>Adds native Excel charts to a saved workbook with the OpenXml SDK. ClosedXML 0.95 cannot draw charts,
/// and pictures through it need System.Drawing, which throws on Linux; native charts also stay live in Excel.</summary>
internal static partial class NativeChartWriter
{
    public static void AddCharts(string path, IReadOnlyList<ChartSpec> charts)
    {
        if (charts.Count == 0)
        {
            return;
        }

        using var document = SpreadsheetDocument.Open(path, isEditable: true);
        var workbookPart = document.WorkbookPart ?? throw new InvalidOperationException($"{path} has no workbook part.");
        foreach (var bySheet in charts.GroupBy(c => c.Sheet, StringComparer.Ordinal))
        {
            var worksheetPart = WorksheetPartOf(workbookPart, bySheet.Key);
            var drawingsPart = worksheetPart.DrawingsPart ?? AddDrawingsPart(worksheetPart);
            drawingsPart.WorksheetDrawing ??= new Xdr.WorksheetDrawing();
            uint shapeId = 2;
            foreach (var chart in bySheet)
            {
                var chartPart = drawingsPart.AddNewPart<ChartPart>();
                chartPart.ChartSpace = BuildChartSpace(chart);
                chartPart.ChartSpace.Save();
                drawingsPart.WorksheetDrawing.Append(Anchor(chart, drawingsPart.GetIdOfPart(chartPart), shapeId++));
            }

            drawingsPart.WorksheetDrawing.Save();
        }
    }

    private static WorksheetPart WorksheetPartOf(WorkbookPart workbookPart, string sheetName)
    {
        var sheet = workbookPart.Workbook.Sheets?.Elements<Sheet>().FirstOrDefault(s => s.Name?.Value == sheetName)
            ?? throw new InvalidOperationException($"No sheet «{sheetName}» to put a chart on.");
        return (WorksheetPart)workbookPart.GetPartById(sheet.Id!.Value!);
    }

    private static DrawingsPart AddDrawingsPart(WorksheetPart worksheetPart)
    {
        var drawingsPart = worksheetPart.AddNewPart<DrawingsPart>();
        var drawing = new Drawing { Id = worksheetPart.GetIdOfPart(drawingsPart) };
        // CT_Worksheet is a sequence: <drawing> goes before these, or last.
        var worksheet = worksheetPart.Worksheet;
        OpenXmlElement? before = worksheet.ChildElements.FirstOrDefault(e =>
            e is LegacyDrawing or LegacyDrawingHeaderFooter or DrawingHeaderFooter or Picture or OleObjects or Controls
                or WebPublishItems or TableParts or WorksheetExtensionList);
        if (before is null)
        {
            worksheet.Append(drawing);
        }
        else
        {
            worksheet.InsertBefore(drawing, before);
        }

        worksheet.Save();
        return drawingsPart;
    }

    private static Xdr.TwoCellAnchor Anchor(ChartSpec chart, string relationshipId, uint shapeId) =>
        new(
            new Xdr.FromMarker(
                new Xdr.ColumnId(chart.From.Column.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                new Xdr.ColumnOffset("0"),
                new Xdr.RowId(chart.From.Row.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                new Xdr.RowOffset("0")),
            new Xdr.ToMarker(
                new Xdr.ColumnId(chart.To.Column.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                new Xdr.ColumnOffset("0"),
                new Xdr.RowId(chart.To.Row.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                new Xdr.RowOffset("0")),
            new Xdr.GraphicFrame(
                new Xdr.NonVisualGraphicFrameProperties(
                    new Xdr.NonVisualDrawingProperties { Id = shapeId, Name = chart.Title },
                    new Xdr.NonVisualGraphicFrameDrawingProperties()),
                new Xdr.Transform(new A.Offset { X = 0, Y = 0 }, new A.Extents { Cx = 0, Cy = 0 }),
                new A.Graphic(new A.GraphicData(new C.ChartReference { Id = relationshipId })
                {
                    Uri = "http://schemas.openxmlformats.org/drawingml/2006/chart",
                }))
            { Macro = "" },
            new Xdr.ClientData())
        { EditAs = Xdr.EditAsValues.OneCell };
}
