using System.Globalization;

namespace QualityAnalytics.Pipeline.Storage;

/// <summary>Call dates are TEXT yyyy-MM-dd in SQLite and DATE in SQL Server; these keep queries dialect-neutral
/// while every row type carries the date as yyyy-MM-dd text.</summary>
public static class SqlDates
{
    public const string Format = "yyyy-MM-dd";

    public static object Param(SqlDialect dialect, DateOnly day) => dialect == SqlDialect.Sqlite
        ? day.ToString(Format, CultureInfo.InvariantCulture)
        : day.ToDateTime(TimeOnly.MinValue);

    public static object Param(SqlDialect dialect, string day) => Param(dialect, Parse(day));

    /// <summary>An expression reading a date column as yyyy-MM-dd text.</summary>
    public static string AsText(SqlDialect dialect, string column) =>
        dialect == SqlDialect.Sqlite ? column : $"CONVERT(char(10), {column}, 23)";

    public static DateOnly Parse(string day) => DateOnly.ParseExact(day, Format, CultureInfo.InvariantCulture);

    public static string Text(DateOnly day) => day.ToString(Format, CultureInfo.InvariantCulture);
}
