using QualityAnalytics.Models.Calls;
using QualityAnalytics.Pipeline.Ingest;

namespace QualityAnalytics.Pipeline.Batch;

/// <summary>What became of one call: scored, or rejected with a reason; plus remarks for the run summary.</summary>
public sealed record CallOutcome(ScoredCall? Scored, Rejection? Rejected, IReadOnlyList<string> Notes)
{
    public static CallOutcome Of(ScoredCall scored, IReadOnlyList<string> notes) => new(scored, null, notes);

    public static CallOutcome Of(Rejection rejected) => new(null, rejected, []);
}
