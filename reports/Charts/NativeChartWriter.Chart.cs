using DocumentFormat.OpenXml;
using A = DocumentFormat.OpenXml.Drawing;
using C = DocumentFormat.OpenXml.Drawing.Charts;

namespace QualityAnalytics.Reports.Charts;

/// <summary>The chart XML. Element order follows the DrawingML chart schema, which the validator enforces.</summary>
internal static partial class NativeChartWriter
{
    private const uint CategoryAxisId = 500000001;
    private const uint ValueAxisId = 500000002;

    private static C.ChartSpace BuildChartSpace(ChartSpec spec)
    {
        var plotArea = new C.PlotArea(new C.Layout());
        plotArea.Append(spec.Kind == ChartKind.Line ? LineChart(spec) : BarChart(spec));
        plotArea.Append(CategoryAxis(spec), ValueAxis(spec));

        var chart = new C.Chart(
            Title(spec.Title),
            new C.AutoTitleDeleted { Val = false },
            plotArea,
            new C.Legend(
                new C.LegendPosition { Val = C.LegendPositionValues.Bottom },
                new C.Overlay { Val = false },
                TextProperties(900, bold: false)),
            new C.PlotVisibleOnly { Val = true },
            new C.DisplayBlanksAs { Val = C.DisplayBlanksAsValues.Gap });

        var space = new C.ChartSpace(
            new C.EditingLanguage { Val = "ru-RU" },
            new C.RoundedCorners { Val = false },
            chart,
            new C.ShapeProperties(new A.SolidFill(new A.RgbColorModelHex { Val = "FFFFFF" }),
                new A.Outline(new A.SolidFill(new A.RgbColorModelHex { Val = "D9D9D9" }))),
            TextProperties(900, bold: false));
        space.AddNamespaceDeclaration("c", "http://schemas.openxmlformats.org/drawingml/2006/chart");
        space.AddNamespaceDeclaration("a", "http://schemas.openxmlformats.org/drawingml/2006/main");
        space.AddNamespaceDeclaration("r", "http://schemas.openxmlformats.org/officeDocument/2006/relationships");
        return space;
    }

    private static C.LineChart LineChart(ChartSpec spec)
    {
        var chart = new C.LineChart(new C.Grouping { Val = C.GroupingValues.Standard }, new C.VaryColors { Val = false });
        for (var i = 0; i < spec.Series.Count; i++)
        {
            var series = spec.Series[i];
            var dashed = i > 0; // the first line is the measure; further lines are targets, drawn dashed.
            var outline = new A.Outline(new A.SolidFill(new A.RgbColorModelHex { Val = series.Color })) { Width = dashed ? 19050 : 28575 };
            if (dashed)
            {
                outline.Append(new A.PresetDash { Val = A.PresetLineDashValues.Dash });
            }

            chart.Append(new C.LineChartSeries(
                new C.Index { Val = (uint)i },
                new C.Order { Val = (uint)i },
                SeriesText(series.Name),
                new C.ChartShapeProperties(outline),
                new C.Marker(new C.Symbol { Val = dashed ? C.MarkerStyleValues.None : C.MarkerStyleValues.Circle }, new C.Size { Val = 5 }),
                Categories(spec),
                Values(spec, series),
                new C.Smooth { Val = false }));
        }

        chart.Append(new C.ShowMarker { Val = true }, new C.AxisId { Val = CategoryAxisId }, new C.AxisId { Val = ValueAxisId });
        return chart;
    }

    private static C.BarChart BarChart(ChartSpec spec)
    {
        var stacked = spec.Kind == ChartKind.PercentStackedColumn;
        var chart = new C.BarChart(
            new C.BarDirection { Val = stacked ? C.BarDirectionValues.Column : C.BarDirectionValues.Bar },
            new C.BarGrouping { Val = stacked ? C.BarGroupingValues.PercentStacked : C.BarGroupingValues.Clustered },
            new C.VaryColors { Val = false });
        for (var i = 0; i < spec.Series.Count; i++)
        {
            var series = spec.Series[i];
            chart.Append(new C.BarChartSeries(
                new C.Index { Val = (uint)i },
                new C.Order { Val = (uint)i },
                SeriesText(series.Name),
                new C.ChartShapeProperties(new A.SolidFill(new A.RgbColorModelHex { Val = series.Color })),
                new C.InvertIfNegative { Val = false }));
            // Labels on a 100 % stack repeat the counts the table already shows and crowd thin segments.
            if (!stacked)
            {
                chart.LastChild!.Append(DataLabels());
            }

            chart.LastChild!.Append(Categories(spec), Values(spec, series));
        }

        chart.Append(new C.GapWidth { Val = 60 });
        if (stacked)
        {
            chart.Append(new C.Overlap { Val = 100 });
        }

        chart.Append(new C.AxisId { Val = CategoryAxisId }, new C.AxisId { Val = ValueAxisId });
        return chart;
    }

    private static C.DataLabels DataLabels() => new(
        TextProperties(800, bold: false),
        new C.ShowLegendKey { Val = false },
        new C.ShowValue { Val = true },
        new C.ShowCategoryName { Val = false },
        new C.ShowSeriesName { Val = false },
        new C.ShowPercent { Val = false },
        new C.ShowBubbleSize { Val = false });

    private static C.SeriesText SeriesText(string name) => new(new C.NumericValue(name));

    private static OpenXmlElement Categories(ChartSpec spec)
    {
        if (spec.CategoryDates is { } dates)
        {
            var cache = new C.NumberingCache(new C.FormatCode("dd.mm"), new C.PointCount { Val = (uint)dates.Count });
            for (var i = 0; i < dates.Count; i++)
            {
                var serial = dates[i].ToDateTime(TimeOnly.MinValue).ToOADate();
                cache.Append(new C.NumericPoint(new C.NumericValue(serial.ToString(System.Globalization.CultureInfo.InvariantCulture))) { Index = (uint)i });
            }

            return new C.CategoryAxisData(new C.NumberReference(new C.Formula(spec.CategoriesReference), cache));
        }

        var strings = new C.StringCache(new C.PointCount { Val = (uint)spec.Categories.Count });
        for (var i = 0; i < spec.Categories.Count; i++)
        {
            strings.Append(new C.StringPoint(new C.NumericValue(spec.Categories[i])) { Index = (uint)i });
        }

        return new C.CategoryAxisData(new C.StringReference(new C.Formula(spec.CategoriesReference), strings));
    }

    private static C.Values Values(ChartSpec spec, ChartSeries series)
    {
        var cache = new C.NumberingCache(new C.FormatCode(spec.ValueFormat), new C.PointCount { Val = (uint)series.Values.Count });
        for (var i = 0; i < series.Values.Count; i++)
        {
            if (series.Values[i] is { } value)
            {
                cache.Append(new C.NumericPoint(new C.NumericValue(value.ToString("R", System.Globalization.CultureInfo.InvariantCulture))) { Index = (uint)i });
            }
        }

        return new C.Values(new C.NumberReference(new C.Formula(series.ValuesReference), cache));
    }

    private static C.CategoryAxis CategoryAxis(ChartSpec spec) => new(
        new C.AxisId { Val = CategoryAxisId },
        new C.Scaling(new C.Orientation { Val = spec.Kind == ChartKind.Bar ? C.OrientationValues.MaxMin : C.OrientationValues.MinMax }),
        new C.Delete { Val = false },
        new C.AxisPosition { Val = spec.Kind == ChartKind.Bar ? C.AxisPositionValues.Left : C.AxisPositionValues.Bottom },
        new C.NumberingFormat { FormatCode = spec.CategoryDates is null ? "General" : "dd.mm", SourceLinked = false },
        new C.MajorTickMark { Val = C.TickMarkValues.None },
        new C.MinorTickMark { Val = C.TickMarkValues.None },
        new C.TickLabelPosition { Val = C.TickLabelPositionValues.Low },
        AxisLine(),
        TextProperties(900, bold: false),
        new C.CrossingAxis { Val = ValueAxisId },
        new C.Crosses { Val = C.CrossesValues.AutoZero },
        new C.AutoLabeled { Val = true },
        new C.LabelAlignment { Val = C.LabelAlignmentValues.Center },
        new C.LabelOffset { Val = 100 },
        new C.NoMultiLevelLabels { Val = false });

    private static C.ValueAxis ValueAxis(ChartSpec spec) => new(
        new C.AxisId { Val = ValueAxisId },
        new C.Scaling(new C.Orientation { Val = C.OrientationValues.MinMax }),
        new C.Delete { Val = false },
        new C.AxisPosition { Val = spec.Kind == ChartKind.Bar ? C.AxisPositionValues.Bottom : C.AxisPositionValues.Left },
        new C.MajorGridlines(new C.ChartShapeProperties(new A.Outline(new A.SolidFill(new A.RgbColorModelHex { Val = "E7E6E6" })))),
        new C.NumberingFormat { FormatCode = spec.Kind == ChartKind.PercentStackedColumn ? "0%" : spec.ValueFormat, SourceLinked = false },
        new C.MajorTickMark { Val = C.TickMarkValues.None },
        new C.MinorTickMark { Val = C.TickMarkValues.None },
        new C.TickLabelPosition { Val = C.TickLabelPositionValues.NextTo },
        AxisLine(),
        TextProperties(900, bold: false),
        new C.CrossingAxis { Val = CategoryAxisId },
        new C.Crosses { Val = spec.Kind == ChartKind.Bar ? C.CrossesValues.Maximum : C.CrossesValues.AutoZero },
        new C.CrossBetween { Val = C.CrossBetweenValues.Between });

    private static C.ChartShapeProperties AxisLine() =>
        new(new A.Outline(new A.SolidFill(new A.RgbColorModelHex { Val = "BFBFBF" })));

    private static C.Title Title(string text) => new(
        new C.ChartText(new C.RichText(
            new A.BodyProperties(),
            new A.ListStyle(),
            new A.Paragraph(
                new A.ParagraphProperties(new A.DefaultRunProperties { FontSize = 1200, Bold = true }),
                new A.Run(new A.RunProperties { Language = "ru-RU", FontSize = 1200, Bold = true }, new A.Text(text))))),
        new C.Overlay { Val = false });

    private static C.TextProperties TextProperties(int size, bool bold) => new(
        new A.BodyProperties(),
        new A.ListStyle(),
        new A.Paragraph(new A.ParagraphProperties(new A.DefaultRunProperties
        {
            FontSize = size,
            Bold = bold,
        }), new A.EndParagraphRunProperties { Language = "ru-RU" }));
}
