namespace QualityAnalytics.Reports.Excel;

/// <summary>When a column's value misses its target: below a minimum, or above a maximum.</summary>
internal sealed record TargetRule(double Threshold, bool HigherIsBetter)
{
    public static TargetRule AtLeast(double minimum) => new(minimum, true);

    public static TargetRule AtMost(double maximum) => new(maximum, false);

    public bool Misses(double? value) => value is { } v && (HigherIsBetter ? v < Threshold : v > Threshold);

    /// <summary>A conditional-format formula over the cell <paramref name="address"/>; blank cells never count.</summary>
    public string MissFormula(string address) => string.Create(System.Globalization.CultureInfo.InvariantCulture,
        $"AND(ISNUMBER({address}),{address}{(HigherIsBetter ? "<" : ">")}{Threshold})");
}
