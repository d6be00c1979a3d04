using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using QualityAnalytics.Pipeline.Batch;

namespace QualityAnalytics.Pipeline.Aggregation;

public static class AggregationServiceCollectionExtensions
{
    /// <summary>Daily aggregates as batch completion step 100. Needs an <see cref="Storage.IDbConnectionFactory"/>.</summary>
    public static IServiceCollection AddAggregationStage(this IServiceCollection services)
    {
        services.TryAddSingleton<AggregateStore>();
        services.TryAddSingleton<Aggregator>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IBatchCompletionStep, AggregationStep>());
        return services;
    }
}
