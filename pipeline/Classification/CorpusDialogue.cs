using QualityAnalytics.Models.Calls;

namespace QualityAnalytics.Pipeline.Classification;

/// <summary>One labelled dialogue of <c>models/corpus/*.jsonl</c>.</summary>
/// <param name="Stages">Stage id → whether the operator performed it, as a human grader decided.</param>
/// <param name="Violations">Rule and the index of the offending segment.</param>
public sealed record CorpusDialogue(
    string Id,
    string Topic,
    string Resolution,
    string? ServiceCategory,
    bool NeedsIdentification,
    IReadOnlyList<Segment> Segments,
    IReadOnlyDictionary<string, bool> Stages,
    IReadOnlyList<(string Rule, int Segment)> Violations);
