using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using QualityAnalytics.Pipeline.Aggregation;
using QualityAnalytics.Pipeline.Batch;
using QualityAnalytics.Reports.Data;

namespace QualityAnalytics.Reports;

public static class ReportsServiceCollectionExtensions
{
    /// <summary>Excel reports as batch completion step 200, and <see cref="ReportWriter"/> for `qa report`.
    /// Needs an <see cref="Pipeline.Storage.IDbConnectionFactory"/> and <see cref="Pipeline.QaOptions"/> (AddPipelineCore registers both);
    /// targets come from <see cref="ReportOptions"/> (defaults when unbound).</summary>
    public static IServiceCollection AddReportsStage(this IServiceCollection services)
    {
        services.AddOptions<ReportOptions>();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<AggregateStore>();
        services.TryAddSingleton<ReportDataSource>();
        services.TryAddSingleton<ReportWriter>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IBatchCompletionStep, ReportsStep>());
        return services;
    }
}
