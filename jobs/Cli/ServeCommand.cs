using System.ComponentModel;
using QualityAnalytics.Jobs.Serve;
using Spectre.Console.Cli;

namespace QualityAnalytics.Jobs.Cli;

/// <summary><c>qa serve [--data DIR] [--urls URL]</c>: the Hangfire server with its dashboard, until stopped.</summary>
public sealed class ServeCommand : AsyncCommand<ServeCommand.Settings>
{
    public sealed class Settings : QaSettings
    {
        [CommandOption("--urls <URLS>")]
        [Description("Where to listen. Default http://127.0.0.1:5080; other addresses need QA_DASHBOARD_USER and QA_DASHBOARD_PASSWORD")]
        public string? Urls { get; init; }

        [CommandOption("--workers <N>")]
        [Description("Worker threads (or QA_Serve__WorkerCount). Default: processor count")]
        public int? Workers { get; init; }

        [CommandOption("--queues <LIST>")]
        [Description("Queues to take work from, comma-separated (or QA_Serve__Queues__0, …). Default asr,default")]
        public string? Queues { get; init; }

        [CommandOption("--inbox <DIR>")]
        [Description("Folder whose new sub-folders the nightly job takes (or QA_Serve__InboxDir). Default DATA/inbox")]
        public string? Inbox { get; init; }

        public ServeOptions ToServeOptions()
        {
            var options = ServeOptionsLoader.FromEnvironment();
            options.Urls = Urls ?? options.Urls;
            options.WorkerCount = Workers ?? options.WorkerCount;
            options.Queues = Queues?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? options.Queues;
            options.InboxDir = Inbox ?? options.InboxDir;
            return options;
        }
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        await using var app = ServeHost.Build(settings.ToOptions(), settings.ToServeOptions());
        await app.RunAsync(cancellationToken);
        return 0;
    }
}
