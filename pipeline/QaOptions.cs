namespace QualityAnalytics.Pipeline;

/// <summary>Where the product keeps its state. Bound from the command line (<c>--data</c>, <c>--sqlserver</c>) or <c>QA_SQLSERVER</c>.</summary>
public sealed class QaOptions
{
    /// <summary>The working folder: <c>qa.db</c>, <c>reports/</c>, <c>quarantine/</c>. Default <c>./data</c>.</summary>
    public string DataDir { get; set; } = "data";

    /// <summary>SQL Server connection string; null means the embedded SQLite database <c>DATA/qa.db</c>.</summary>
    public string? SqlServerConnectionString { get; set; }

    /// <summary>Calls judged at once in an inline run. Default: the processor count.</summary>
    public int Parallelism { get; set; } = Environment.ProcessorCount;

    public string DatabasePath => Path.Combine(DataDir, "qa.db");
    public string ReportsDir => Path.Combine(DataDir, "reports");
    public string QuarantineDir => Path.Combine(DataDir, "quarantine");
}
