namespace QualityAnalytics.Reports.Excel;

/// <summary>A cell value that is transcript evidence: the table writer masks it before writing.</summary>
internal readonly record struct EvidenceText(string? Text);
