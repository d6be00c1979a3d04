namespace QualityAnalytics.Reports.Management;

/// <summary>Sheet names of the management workbook, in order.</summary>
internal static class ManagementSheets
{
    public const string Summary = "Сводка";
    public const string Operators = "Операторы";
    public const string Teams = "Команды";
    public const string Categories = "Категории услуг";
    public const string Topics = "Тематики";
    public const string Violations = "Нарушения";
    public const string Trend = "Динамика";

    /// <summary>Tables on list sheets start here: title, subtitle, a blank row, then the header.</summary>
    public const int HeaderRow = 4;
}
