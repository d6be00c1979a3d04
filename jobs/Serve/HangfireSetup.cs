using Hangfire;
using Hangfire.Common;
using Hangfire.SqlServer;
using Hangfire.Storage.SQLite;
using QualityAnalytics.Pipeline;

namespace QualityAnalytics.Jobs.Serve;

/// <summary>Hangfire storage, serializer and filters, shared by the server (<c>qa serve</c>) and the client (<c>qa enqueue</c>).</summary>
public static class HangfireSetup
{
    private static readonly Lock GlobalLock = new();
    private static bool globalConfigured;

    /// <summary>The file of the SQLite job storage, beside the results database (a separate file: Hangfire's
    /// polling never contends with result writes).</summary>
    public static string SqlitePath(QaOptions qa) => Path.Combine(qa.DataDir, "hangfire.db");

    public static JobStorage CreateStorage(QaOptions qa, ServeOptions serve)
    {
        if (qa.SqlServerConnectionString is { Length: > 0 } connectionString)
        {
            return new SqlServerStorage(connectionString, new SqlServerStorageOptions { PrepareSchemaIfNecessary = true });
        }

        Directory.CreateDirectory(qa.DataDir);
        return new SQLiteStorage(SqlitePath(qa), new SQLiteStorageOptions
        {
            InvisibilityTimeout = serve.InvisibilityTimeout,
            QueuePollInterval = serve.QueuePollInterval,
        });
    }

    /// <summary>Serializer settings are process-wide in Hangfire; client and server must agree on them.</summary>
    public static void ConfigureGlobal(IGlobalConfiguration configuration)
    {
        lock (GlobalLock)
        {
            if (globalConfigured)
            {
                return;
            }

            configuration.SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
                .UseSimpleAssemblyNameTypeSerializer()
                .UseRecommendedSerializerSettings();
            globalConfigured = true;
        }
    }

    /// <summary>This host's filters instead of Hangfire's process-wide ones, so the retry policy comes from
    /// configuration and two hosts in one process (tests) do not share state.</summary>
    public static IJobFilterProvider CreateFilters(ServeOptions serve)
    {
        var filters = new JobFilterCollection();
        filters.Add(new AutomaticRetryAttribute
        {
            Attempts = serve.CallRetries,
            DelaysInSeconds = serve.RetryDelaysSeconds.Length > 0 ? serve.RetryDelaysSeconds : null,
            OnAttemptsExceeded = AttemptsExceededAction.Fail,
        });
        filters.Add(new StatisticsHistoryAttribute());
        filters.Add(new ContinuationsSupportAttribute());
        filters.Add(new JobLogContextFilter());
        return new JobFilterProviderCollection(filters, new JobFilterAttributeFilterProvider());
    }

    public static IBackgroundJobClient CreateClient(JobStorage storage, ServeOptions serve)
    {
        ConfigureGlobal(GlobalConfiguration.Configuration);
        return new BackgroundJobClient(storage, CreateFilters(serve));
    }
}
