using QualityAnalytics.Models.Calls;

namespace QualityAnalytics.Pipeline.Ingest;

/// <summary>The usable calls of calls.csv, in file order, and the rows that were rejected.</summary>
public sealed record CallsCsvResult(IReadOnlyList<CallRecord> Calls, IReadOnlyList<Rejection> Rejected, int RowsRead);
