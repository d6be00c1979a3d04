using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using QualityAnalytics.Pipeline;
using QualityAnalytics.Pipeline.Scoring;
using QualityAnalytics.Pipeline.Aggregation;
using QualityAnalytics.Pipeline.Audio;
using QualityAnalytics.Reports;
using QualityAnalytics.Pipeline.Storage;
using Serilog;
using Serilog.Events;

namespace QualityAnalytics.Jobs.Cli;

/// <summary>The composition root of the command line: logging, the pipeline stages, a migrated database.</summary>
public static class QaServices
{
    /// <param name="consoleLevel">Console log level; logs go to stderr so stdout stays clean for exports.</param>
    public static ServiceProvider Build(QaOptions options, LogEventLevel consoleLevel = LogEventLevel.Information)
    {
        var logger = CreateLogger(options, consoleLevel);

        var services = new ServiceCollection()
            .AddLogging(builder => builder.ClearProviders().AddSerilog(logger, dispose: true))
            .AddQualityAnalytics(options);
        var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
        provider.GetRequiredService<SchemaMigrator>().Migrate();
        return provider;
    }

    /// <summary>Console (stderr) and a rolling file in DATA/logs; the file line carries every log-context property
    /// (batch_id, call_id in jobs) as JSON.</summary>
    /// <param name="consoleTemplate">Null for the default; <c>qa serve</c> adds batch_id and call_id.</param>
    public static Serilog.Core.Logger CreateLogger(QaOptions options, LogEventLevel consoleLevel, string? consoleTemplate = null)
    {
        Directory.CreateDirectory(options.DataDir);
        return new LoggerConfiguration()
            .MinimumLevel.Debug()
            .MinimumLevel.Override("Microsoft", LogEventLevel.Information)
            .MinimumLevel.Override("Hangfire", LogEventLevel.Information)
            // Per-request lines and storage housekeeping would bury the job lines of a nightly run.
            .MinimumLevel.Override("Microsoft.AspNetCore", LogEventLevel.Warning)
            .MinimumLevel.Override("Hangfire.Storage.SQLite", LogEventLevel.Warning)
            .Enrich.FromLogContext()
            .WriteTo.Console(restrictedToMinimumLevel: consoleLevel, standardErrorFromLevel: LogEventLevel.Verbose,
                outputTemplate: consoleTemplate ?? "{Timestamp:HH:mm:ss} {Level:u3} {Message:lj}{NewLine}{Exception}")
            .WriteTo.File(Path.Combine(options.DataDir, "logs", "qa-.log"), rollingInterval: RollingInterval.Day,
                retainedFileCountLimit: 30, shared: true, // several `qa serve` processes may share one DATA folder
                outputTemplate: "{Timestamp:yyyy-MM-dd HH:mm:ss.fff zzz} [{Level:u3}] {Message:lj} {Properties:j}{NewLine}{Exception}")
            .CreateLogger();
    }

    /// <summary>Every stage of the product. The Hangfire host registers the same.</summary>
    public static IServiceCollection AddQualityAnalytics(this IServiceCollection services, QaOptions options) =>
        services.AddPipelineCore(options)
            .AddScoringStage()
            .AddAudioStage()
            .AddAggregationStage()
            .AddReportsStage();
}
