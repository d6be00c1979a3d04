using Hangfire;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using QualityAnalytics.Jobs.Cli;
using QualityAnalytics.Pipeline;
using QualityAnalytics.Pipeline.Batch;
using QualityAnalytics.Pipeline.Scoring;
using QualityAnalytics.Pipeline.Storage;
using Serilog;
using Serilog.Events;

namespace QualityAnalytics.Jobs.Serve;

/// <summary>The <c>qa serve</c> host: Hangfire server, dashboard at /hangfire, /health, /batches.</summary>
public static class ServeHost
{
    private const string ConsoleTemplate = "{Timestamp:HH:mm:ss} {Level:u3} [{batch_id} {call_id}] {Message:lj}{NewLine}{Exception}";

    /// <param name="configureServices">Runs after the product's registrations and before the server's:
    /// a test adds what the composition root does not have yet (e.g. a judge).</param>
    public static WebApplication Build(QaOptions qa, ServeOptions serve, Action<IServiceCollection>? configureServices = null)
    {
        ListenAddressGuard.Check(serve);
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        builder.WebHost.UseUrls(serve.Urls);
        // A missing stage (e.g. no judge) fails at start-up, as in `qa run`, not in every call job at 02:00.
        builder.Host.UseDefaultServiceProvider(o => (o.ValidateOnBuild, o.ValidateScopes) = (true, true));
        builder.Services.AddSerilog(QaServices.CreateLogger(qa, LogEventLevel.Information, ConsoleTemplate), dispose: true);
        builder.Services.AddQualityAnalytics(qa);
        configureServices?.Invoke(builder.Services);
        builder.Services.AddServeStage(qa, serve);

        var app = builder.Build();
        app.Services.GetRequiredService<SchemaMigrator>().Migrate();
        // Load the script and the ML models now, not inside the first job: a first call that takes seconds to start
        // would outlive the storage's fetch lease and be picked up twice, and a broken model should stop start-up.
        app.Services.GetRequiredService<ICallJudge>();
        MapEndpoints(app, serve);
        return app;
    }

    private static void MapEndpoints(WebApplication app, ServeOptions serve)
    {
        app.MapGet("/health", () => Results.Text("ok"));

        var authentication = app.Services.GetRequiredService<BasicAuthentication>();
        var access = app.Services.GetRequiredService<DashboardAccess>();
        if (serve.HasCredentials)
        {
            app.UseWhen(IsProtected, branch => branch.Use((context, next) => authentication.InvokeAsync(context, _ => next())));
        }

        app.MapGet("/batches", async (HttpContext context, BatchTracker tracker) =>
            access.IsAllowed(context)
                ? Results.Content(BatchesPage.Render(await tracker.RecentAsync(50, context.RequestAborted)), "text/html; charset=utf-8")
                : Results.StatusCode(StatusCodes.Status403Forbidden));
        app.MapGet("/batches.json", async (HttpContext context, BatchTracker tracker) =>
            access.IsAllowed(context) ? Results.Json(await tracker.RecentAsync(50, context.RequestAborted)) : Results.StatusCode(StatusCodes.Status403Forbidden));

        DashboardMenu.AddBatchesLink();
        app.UseHangfireDashboard("/hangfire", new DashboardOptions
        {
            Authorization = [access],
            IsReadOnlyFunc = DashboardAccess.IsReadOnly,
            DashboardTitle = "QualityAnalytics · ночные пакеты",
            AppPath = "/batches",
            DisplayStorageConnectionString = false,
        });
    }

    private static bool IsProtected(HttpContext context) =>
        context.Request.Path.StartsWithSegments("/hangfire") || context.Request.Path.StartsWithSegments("/batches")
        || context.Request.Path.StartsWithSegments("/batches.json");
}
