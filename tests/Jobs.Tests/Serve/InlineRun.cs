using Dapper;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using QualityAnalytics.Jobs.Cli;
using QualityAnalytics.Pipeline;
using QualityAnalytics.Pipeline.Batch;
using QualityAnalytics.Pipeline.Export;
using QualityAnalytics.Pipeline.Storage;

namespace QualityAnalytics.Jobs.Tests.Serve;

/// <summary>The reference: what <c>qa run</c> does inline (the same composition root), and what a data folder exports.</summary>
public static class InlineRun
{
    public static async Task RunAsync(string input, string dataDir, CancellationToken cancellationToken)
    {
        await using var services = BuildServices(dataDir);
        await services.GetRequiredService<BatchPipeline>().RunAsync(input, null, cancellationToken);
    }

    /// <summary>The jsonl export of a data folder, exactly as <c>qa export</c> prints it.</summary>
    public static async Task<string> ExportAsync(string dataDir, CancellationToken cancellationToken)
    {
        await using var services = BuildServices(dataDir);
        var records = await services.GetRequiredService<ExportReader>().ReadAsync(null, null, cancellationToken);
        await using var text = new StringWriter { NewLine = "\n" };
        await JsonlExportWriter.WriteAsync(records, text, cancellationToken);
        return text.ToString();
    }

    /// <summary>Quarantine rows as "item reason" lines, input folder left out (it differs only by path).</summary>
    public static async Task<IReadOnlyList<string>> QuarantineAsync(string dataDir, CancellationToken cancellationToken)
    {
        await using var connection = await SqliteConnectionFactory.ForFile(Path.Combine(dataDir, "qa.db")).OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<string>(new CommandDefinition(
            "SELECT item || ' ' || reason_code FROM quarantine ORDER BY item", cancellationToken: cancellationToken));
        return rows.ToList();
    }

    private static ServiceProvider BuildServices(string dataDir)
    {
        var options = new QaOptions { DataDir = dataDir, Parallelism = 2 };
        var services = new ServiceCollection().AddLogging(b => b.SetMinimumLevel(LogLevel.Warning)).AddQualityAnalytics(options);
        TestJudge.AddWithFaults(services);
        var provider = services.BuildServiceProvider();
        provider.GetRequiredService<SchemaMigrator>().Migrate();
        return provider;
    }
}
