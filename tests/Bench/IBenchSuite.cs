namespace QualityAnalytics.Bench;

/// <summary>One benchmark suite: measures, prints a table, returns 0 when its target is met.</summary>
public interface IBenchSuite
{
    string Name { get; }
    string Description { get; }
    Task<int> RunAsync(string[] args);
}
