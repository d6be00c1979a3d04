namespace QualityAnalytics.Pipeline.Ingest;

/// <summary>An input item that goes to quarantine instead of being scored.</summary>
/// <param name="Item">The call id, or <c>row-N</c> when the row has no usable id, or the file name of a stray file.</param>
/// <param name="ReasonCode">Short stable code, counted in the run summary.</param>
/// <param name="Detail">One human-readable sentence.</param>
/// <param name="Files">Input files to copy beside the reason (absolute paths; missing ones are skipped).</param>
/// <param name="RawRow">The calls.csv row as it was, when a row is rejected.</param>
public sealed record Rejection(string Item, string ReasonCode, string Detail, IReadOnlyList<string> Files, string? RawRow = null);
