namespace QualityAnalytics.Jobs.Serve;

/// <summary>How <c>qa serve</c> runs. Bound from the configuration section <c>Serve</c> (environment
/// <c>QA_Serve__WorkerCount=4</c>, …) and then from the command line; the dashboard credentials come from the
/// contract's variables <c>QA_DASHBOARD_USER</c> / <c>QA_DASHBOARD_PASSWORD</c>.</summary>
public sealed class ServeOptions
{
    /// <summary>Where the host listens. Default <c>http://127.0.0.1:5080</c>.</summary>
    public string Urls { get; set; } = "http://127.0.0.1:5080";

    /// <summary>Queues this server takes work from, in priority order. Default <c>asr, default</c>;
    /// an ASR-only machine runs with <c>--queues asr</c>.</summary>
    public string[] Queues { get; set; } = ["asr", "default"];

    /// <summary>Queue of calls that need transcription (a recording and no transcript). Default <c>asr</c>.</summary>
    public string AsrQueue { get; set; } = "asr";

    /// <summary>Queue of everything else: calls with a transcript, fan-out, aggregation and reports. Default <c>default</c>.</summary>
    public string DefaultQueue { get; set; } = "default";

    /// <summary>Hangfire worker threads. Default: the processor count.</summary>
    public int WorkerCount { get; set; } = Environment.ProcessorCount;

    /// <summary>Server name shown on the dashboard. Default: Hangfire's machine name and process id.</summary>
    public string? ServerName { get; set; }

    /// <summary>Cron of the recurring job <c>nightly-batch</c>. Default <c>0 2 * * *</c> (02:00).</summary>
    public string NightlyCron { get; set; } = "0 2 * * *";

    /// <summary>Time zone of <see cref="NightlyCron"/> (IANA id). Default <c>Europe/Moscow</c>.</summary>
    public string TimeZone { get; set; } = "Europe/Moscow";

    /// <summary>Folder whose sub-folders are input folders; each is taken once. Default <c>DATA/inbox</c>.</summary>
    public string? InboxDir { get; set; }

    /// <summary>Retries of a failing call job before the call is quarantined. Default 3.</summary>
    public int CallRetries { get; set; } = 3;

    /// <summary>Starts of one call job after which the call is quarantined without another try (<c>crashed_repeatedly</c>):
    /// the retries plus two starts cut short by a dying server. Default <see cref="CallRetries"/> + 3.</summary>
    public int MaxCallStarts => CallRetries + 3;

    /// <summary>Seconds between retries. Default 30, 120, 600.</summary>
    public int[] RetryDelaysSeconds { get; set; } = [30, 120, 600];

    /// <summary>SQLite storage only: a fetched job whose server died becomes visible again after this long.
    /// It must exceed the longest call job (SQLite storage does not extend it while a job runs). Default 30 min.</summary>
    public TimeSpan InvisibilityTimeout { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>How often idle workers poll the queue (SQLite storage). Default 5 s.</summary>
    public TimeSpan QueuePollInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Full dashboard access (HTTP basic). Both set: every dashboard request must authenticate.</summary>
    public string? DashboardUser { get; set; }

    public string? DashboardPassword { get; set; }

    /// <summary>Optional read-only dashboard access for viewers (needs the full credentials to be set too).</summary>
    public string? ViewerUser { get; set; }

    public string? ViewerPassword { get; set; }

    public bool HasCredentials => !string.IsNullOrEmpty(DashboardUser) && !string.IsNullOrEmpty(DashboardPassword);

    public bool HasViewer => !string.IsNullOrEmpty(ViewerUser) && !string.IsNullOrEmpty(ViewerPassword);

    public string InboxFor(string dataDir) => InboxDir is { Length: > 0 } dir ? Path.GetFullPath(dir) : Path.Combine(dataDir, "inbox");
}
