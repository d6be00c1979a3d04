namespace QualityAnalytics.Pipeline.Batch;

/// <summary>Work that runs once after every call of a batch is stored: aggregation, then reports.</summary>
/// <remarks>Steps run in ascending <see cref="Order"/>. They must be idempotent: a re-run over the same dates
/// replaces what the previous run wrote. Exceptions propagate; the caller decides on retry.</remarks>
public interface IBatchCompletionStep
{
    /// <summary>Aggregation uses 100, reports 200.</summary>
    int Order { get; }

    /// <returns>Lines for the run summary, e.g. the paths of written reports.</returns>
    Task<IReadOnlyList<string>> RunAsync(BatchCompletionContext context, CancellationToken cancellationToken);
}
