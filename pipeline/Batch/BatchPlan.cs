using QualityAnalytics.Models.Calls;
using QualityAnalytics.Pipeline.Ingest;

namespace QualityAnalytics.Pipeline.Batch;

/// <summary>An input folder after ingestion: the calls to process and what was rejected before processing.</summary>
public sealed record BatchPlan(InputFolder Input, IReadOnlyList<CallRecord> Calls, IReadOnlyList<Rejection> Rejected, int RowsRead);
