namespace QualityAnalytics.Pipeline.Storage;

/// <summary>One scored call as table rows, every text already masked (<see cref="ResultStore.Prepare"/>).</summary>
public sealed record CallRows(
    string CallId,
    string ScriptVersion,
    object?[] Call,
    IReadOnlyList<object?[]> Segments,
    object?[] Score,
    IReadOnlyList<object?[]> Stages,
    IReadOnlyList<object?[]> Violations);
