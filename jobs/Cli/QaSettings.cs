using System.ComponentModel;
using QualityAnalytics.Pipeline;
using Spectre.Console.Cli;

namespace QualityAnalytics.Jobs.Cli;

/// <summary>Options every command takes (contract: --data, --sqlserver / QA_SQLSERVER).</summary>
public class QaSettings : CommandSettings
{
    [CommandOption("--data <DIR>")]
    [Description("Working folder: qa.db, reports/, quarantine/, logs/. Default ./data")]
    [DefaultValue("data")]
    public string Data { get; init; } = "data";

    [CommandOption("--sqlserver <CONNECTION_STRING>")]
    [Description("Use SQL Server instead of the embedded SQLite database (or set QA_SQLSERVER)")]
    public string? SqlServer { get; init; }

    public QaOptions ToOptions() => new()
    {
        DataDir = Path.GetFullPath(Data),
        SqlServerConnectionString = SqlServer ?? NullIfEmpty(Environment.GetEnvironmentVariable("QA_SQLSERVER")),
    };

    private static string? NullIfEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
