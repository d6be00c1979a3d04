using System.Globalization;

namespace QualityAnalytics.Reports;

/// <summary>The days a report covers, both ends included.</summary>
public sealed record ReportPeriod
{
    public ReportPeriod(DateOnly from, DateOnly to)
    {
        if (to < from)
        {
            throw new ArgumentException($"The period ends ({to:yyyy-MM-dd}) before it starts ({from:yyyy-MM-dd}).", nameof(to));
        }

        From = from;
        To = to;
    }

    public DateOnly From { get; }
    public DateOnly To { get; }
    public int Days => To.DayNumber - From.DayNumber + 1;

    /// <summary>The period of the same length just before this one: what trends compare with.</summary>
    public ReportPeriod Previous => new(From.AddDays(-Days), From.AddDays(-1));

    /// <summary>yyyy-MM-dd_yyyy-MM-dd, as in the file names.</summary>
    public string FileStem => $"{From.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}_{To.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}";

    /// <summary>«01.03.2026 — 07.03.2026», or a single date.</summary>
    public string Russian => From == To
        ? From.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture)
        : $"{From.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture)} — {To.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture)}";

    public IEnumerable<DateOnly> EachDay()
    {
        for (var day = From; day <= To; day = day.AddDays(1))
        {
            yield return day;
        }
    }
}
