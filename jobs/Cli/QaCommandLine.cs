using QualityAnalytics.Pipeline.Ingest;
using Spectre.Console;
using Spectre.Console.Cli;

namespace QualityAnalytics.Jobs.Cli;

/// <summary>The `qa` command tree. Each command lives in its own file; only commands that work are registered.</summary>
public static class QaCommandLine
{
    public static CommandApp Create()
    {
        var app = new CommandApp();
        app.Configure(config =>
        {
            config.SetApplicationName("qa");
            config.CaseSensitivity(CaseSensitivity.None);
            config.SetExceptionHandler((exception, _) => ReportFailure(exception));

            config.AddCommand<RunCommand>("run")
                .WithDescription("Process one input folder inline: ingest, transcribe, score, store, aggregate, write reports")
                .WithExample("run", "--input", "samples/calls");
            config.AddCommand<ExportCommand>("export")
                .WithDescription("Print one record per scored call (jsonl or csv) on stdout")
                .WithExample("export", "--format", "jsonl", "--from", "2026-11-01");
            config.AddCommand<EvaluateCommand>("evaluate")
                .WithDescription("Agreement with human QA labels: per-stage P/R/F1, violations, topic and resolution with kappa")
                .WithExample("evaluate", "--input", "samples/calls", "--labels", "samples/labels.jsonl");
            config.AddCommand<TrainCommand>("train")
                .WithDescription("Retrain the topic, resolution and dismissal models from models/corpus into models/ml (fixed seed)")
                .WithExample("train");
            config.AddCommand<ReportCommand>("report")
                .WithDescription("(Re)write the Excel reports (management and training) for a period")
                .WithExample("report", "--from", "2026-11-01", "--to", "2026-11-07");
            config.AddCommand<ServeCommand>("serve")
                .WithDescription("Run the Hangfire server: nightly batches, dashboard at /hangfire, /health, /batches")
                .WithExample("serve", "--data", "data", "--urls", "http://127.0.0.1:5080");
            config.AddCommand<EnqueueCommand>("enqueue")
                .WithDescription("Queue one input folder as a batch for the running servers")
                .WithExample("enqueue", "--input", "samples/calls");
            config.AddBranch("model", model =>
            {
                model.SetDescription("Whisper speech-recognition models");
                model.AddCommand<ModelDownloadCommand>("download")
                    .WithDescription("Download a Whisper GGML model; then set QA_WHISPER_MODEL to the printed path")
                    .WithExample("model", "download", "--size", "small");
            });
        });
        return app;
    }

    // One clear line on stderr; the stack trace goes to the log file, not to the scheduler's screen.
    private static int ReportFailure(Exception exception)
    {
        var (code, message) = exception switch
        {
            InputUnusableException e => (2, e.Message),
            Serve.ServeConfigurationException e => (2, e.Message),
            CommandParseException or CommandRuntimeException => (64, exception.Message),
            OperationCanceledException => (130, "cancelled"),
            _ => (1, $"{exception.GetType().Name}: {exception.Message}" + (Environment.GetEnvironmentVariable("QA_DEBUG") is null ? "" : exception.ToString())),
        };
        Console.Error.WriteLine($"qa: {message}");
        return code;
    }
}
