using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using QualityAnalytics.Pipeline;
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
        Directory.CreateDirectory(options.DataDir);
        var logger = new LoggerConfiguration()
            .MinimumLevel.Information()
            .Enrich.FromLogContext()
            .WriteTo.Console(restrictedToMinimumLevel: consoleLevel, standardErrorFromLevel: LogEventLevel.Verbose,
                outputTemplate: "{Timestamp:HH:mm:ss} {Level:u3} {Message:lj}{NewLine}{Exception}")
            .WriteTo.File(Path.Combine(options.DataDir, "logs", "qa-.log"), rollingInterval: RollingInterval.Day,
                retainedFileCountLimit: 30,
                outputTemplate: "{Timestamp:yyyy-MM-dd HH:mm:ss.fff zzz} [{Level:u3}] {Message:lj} {Properties:j}{NewLine}{Exception}")
            .CreateLogger();

        var services = new ServiceCollection()
            .AddLogging(builder => builder.ClearProviders().AddSerilog(logger, dispose: true))
            .AddQualityAnalytics(options);
        var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
        provider.GetRequiredService<SchemaMigrator>().Migrate();
        return provider;
    }

    /// <summary>Every stage of the product. The Hangfire host registers the same.</summary>
    public static IServiceCollection AddQualityAnalytics(this IServiceCollection services, QaOptions options) =>
        services.AddPipelineCore(options);
}
