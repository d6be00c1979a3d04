using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using QualityAnalytics.Pipeline.Batch;
using QualityAnalytics.Pipeline.Export;
using QualityAnalytics.Pipeline.Ingest;
using QualityAnalytics.Pipeline.Storage;

namespace QualityAnalytics.Pipeline;

public static class PipelineServiceCollectionExtensions
{
    /// <summary>Storage of the chosen dialect, ingestion, the call processor and the batch pipeline.
    /// Stages (scoring, audio, aggregation, reports) register themselves with their own Add…Stage methods.</summary>
    public static IServiceCollection AddPipelineCore(this IServiceCollection services, QaOptions options)
    {
        services.TryAddSingleton(options);
        services.TryAddSingleton<IDbConnectionFactory>(_ => options.SqlServerConnectionString is { Length: > 0 } cs
            ? new SqlServerConnectionFactory(cs)
            : SqliteConnectionFactory.ForFile(options.DatabasePath));
        services.TryAddSingleton<SchemaMigrator>();
        services.TryAddSingleton<ResultStore>();
        services.TryAddSingleton<ExportReader>();
        services.TryAddSingleton(_ => new QuarantineWriter(options.QuarantineDir));
        services.TryAddSingleton<CallProcessor>();
        services.TryAddSingleton<BatchPipeline>();
        return services;
    }
}
