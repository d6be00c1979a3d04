using Hangfire;
using Hangfire.AspNetCore;
using Hangfire.Common;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using QualityAnalytics.Jobs.Jobs;
using QualityAnalytics.Pipeline;
using QualityAnalytics.Pipeline.Batch;

namespace QualityAnalytics.Jobs.Serve;

public static class ServeServiceCollectionExtensions
{
    /// <summary>The Hangfire server, its storage and the batch jobs. Call after <c>AddQualityAnalytics</c>:
    /// the jobs resolve the same pipeline services that <c>qa run</c> uses.</summary>
    /// <remarks>Storage, activator and filters are registered per host instead of through Hangfire's static
    /// configuration, so each host (and each of two test servers in one process) uses its own.</remarks>
    public static IServiceCollection AddServeStage(this IServiceCollection services, QaOptions qa, ServeOptions serve)
    {
        services.TryAddSingleton(serve);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<BatchTracker>();
        services.TryAddSingleton<BatchPlanCache>();
        services.AddSingleton(_ => HangfireSetup.CreateStorage(qa, serve));
        services.AddSingleton<JobActivator>(sp => new AspNetCoreJobActivator(sp.GetRequiredService<IServiceScopeFactory>()));
        services.AddSingleton(_ => HangfireSetup.CreateFilters(serve));
        services.AddHangfire(HangfireSetup.ConfigureGlobal);
        services.AddHangfireServer(server =>
        {
            server.WorkerCount = Math.Max(1, serve.WorkerCount);
            server.Queues = serve.Queues;
            server.ServerName = serve.ServerName;
            server.SchedulePollingInterval = TimeSpan.FromSeconds(5);
        });

        services.AddScoped<CallJob>();
        services.AddScoped<StartBatchJob>();
        services.AddScoped<CompleteBatchJob>();
        services.AddScoped<NightlyBatchJob>();
        services.AddScoped<BatchFanOut>();
        services.AddSingleton<BatchJobScheduler>();
        services.AddSingleton<BasicAuthentication>();
        services.AddSingleton<DashboardAccess>();
        services.AddHostedService<NightlyJobRegistration>();
        return services;
    }
}
