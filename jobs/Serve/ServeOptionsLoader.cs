using Microsoft.Extensions.Configuration;

namespace QualityAnalytics.Jobs.Serve;

/// <summary>Reads <see cref="ServeOptions"/> from the environment: <c>QA_Serve__WorkerCount</c>, <c>QA_Serve__Queues__0</c>,
/// <c>QA_Serve__NightlyCron</c>, … and the contract's <c>QA_DASHBOARD_USER</c> / <c>QA_DASHBOARD_PASSWORD</c>
/// (plus <c>QA_DASHBOARD_VIEWER_USER</c> / <c>QA_DASHBOARD_VIEWER_PASSWORD</c> for read-only access).</summary>
public static class ServeOptionsLoader
{
    public static ServeOptions FromEnvironment() => From(new ConfigurationBuilder().AddEnvironmentVariables("QA_").Build());

    public static ServeOptions From(IConfiguration configuration)
    {
        var options = new ServeOptions();
        var section = configuration.GetSection("Serve");
        section.Bind(options);
        // A bound array appends to the default one; a configured list replaces it.
        if (section.GetSection(nameof(ServeOptions.Queues)).Exists())
        {
            options.Queues = section.GetSection(nameof(ServeOptions.Queues)).Get<string[]>() ?? options.Queues;
        }

        if (section.GetSection(nameof(ServeOptions.RetryDelaysSeconds)).Exists())
        {
            options.RetryDelaysSeconds = section.GetSection(nameof(ServeOptions.RetryDelaysSeconds)).Get<int[]>() ?? options.RetryDelaysSeconds;
        }

        options.DashboardUser = configuration["DASHBOARD_USER"] ?? options.DashboardUser;
        options.DashboardPassword = configuration["DASHBOARD_PASSWORD"] ?? options.DashboardPassword;
        options.ViewerUser = configuration["DASHBOARD_VIEWER_USER"] ?? options.ViewerUser;
        options.ViewerPassword = configuration["DASHBOARD_VIEWER_PASSWORD"] ?? options.ViewerPassword;
        return options;
    }
}
