using Hangfire.Server;
using Serilog.Context;

namespace QualityAnalytics.Jobs.Serve;

/// <summary>Puts <c>batch_id</c> and <c>call_id</c> on every log line written while a job runs, taken from the
/// job's arguments by parameter name, so the file log can be filtered per batch and per call.</summary>
/// <remarks>Pushed in OnPerforming, which Hangfire calls synchronously on the worker thread right before the job:
/// the log context (an AsyncLocal) flows into the job and everything it awaits.</remarks>
public sealed class JobLogContextFilter : IServerFilter
{
    private const string Key = "qa.log-context";

    private static readonly Dictionary<string, string> Properties = new(StringComparer.Ordinal)
    {
        ["batchId"] = "batch_id",
        ["callId"] = "call_id",
    };

    public void OnPerforming(PerformingContext context)
    {
        var job = context.BackgroundJob.Job;
        var parameters = job.Method.GetParameters();
        var pushed = new List<IDisposable> { LogContext.PushProperty("job_id", context.BackgroundJob.Id) };
        for (var i = 0; i < parameters.Length && i < job.Args.Count; i++)
        {
            if (parameters[i].Name is { } name && Properties.TryGetValue(name, out var property))
            {
                pushed.Add(LogContext.PushProperty(property, job.Args[i]));
            }
        }

        context.Items[Key] = pushed;
    }

    public void OnPerformed(PerformedContext context)
    {
        if (context.Items.TryGetValue(Key, out var value) && value is List<IDisposable> pushed)
        {
            for (var i = pushed.Count - 1; i >= 0; i--)
            {
                pushed[i].Dispose();
            }
        }
    }
}
