using ClosedXML.Excel;
using QualityAnalytics.Reports.Excel;

namespace QualityAnalytics.Reports.Tests.Excel;

[TestClass]
public sealed class SafeCellTests
{
    [TestMethod]
    [DataRow("=HYPERLINK(\"http://x\",\"y\")")]
    [DataRow("+7 916 000")]
    [DataRow("-1+1")]
    [DataRow("@SUM(A1)")]
    [DataRow("\t=1+1")]
    public void Text_StoresTextNotFormula_WhenTextStartsLikeAFormula(string text)
    {
        using var workbook = new XLWorkbook();
        var cell = workbook.AddWorksheet("Лист").Cell(1, 1);

        SafeCell.Text(cell, text);

        Assert.IsFalse(cell.HasFormula);
        Assert.AreEqual(XLDataType.Text, cell.DataType);
        Assert.AreEqual(text, cell.GetString());
        Assert.IsTrue(cell.Style.IncludeQuotePrefix);
    }

    [TestMethod]
    public void Evidence_MasksPersonalData_BeforeWriting()
    {
        using var workbook = new XLWorkbook();
        var cell = workbook.AddWorksheet("Лист").Cell(1, 1);

        SafeCell.Evidence(cell, "мой телефон +7 916 123-45-67");

        Assert.AreEqual("мой телефон [телефон]", cell.GetString());
    }
}
