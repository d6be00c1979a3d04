namespace QualityAnalytics.Reports.Excel;

/// <summary>One column of a report table: header, width in characters, what to show, how, and its target.</summary>
internal sealed record TableColumn<T>(string Header, double Width, Func<T, object?> Value, string? Format = null, TargetRule? Target = null)
{
    /// <summary>Wrap long text (quotes, lists of modules) instead of letting it run over.</summary>
    public bool Wrap { get; init; }
}
