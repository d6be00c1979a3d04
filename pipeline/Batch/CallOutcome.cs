using QualityAnalytics.Models.Calls;
using QualityAnalytics.Pipeline.Ingest;

namespace QualityAnalytics.Pipeline.Batch;

/// <summary>What became of one call: scored, or rejected with a reason; plus remarks for the run summary.</summary>
public sealed record CallOutcome(ScoredCall? Scored, Rejection? Rejected, IReadOnlyList<string> Notes)
{
    /// <summary>Input files of a scored call that go to quarantine all the same: a recording named in calls.csv that
    /// is missing or cannot be read while the transcript scored the call. The call itself is not quarantined.</summary>
    public IReadOnlyList<Rejection> QuarantinedFiles { get; init; } = [];

    public static CallOutcome Of(ScoredCall scored, IReadOnlyList<string> notes, IReadOnlyList<Rejection> quarantinedFiles) =>
        new(scored, null, notes) { QuarantinedFiles = quarantinedFiles };

    public static CallOutcome Of(Rejection rejected) => new(null, rejected, []);
}
