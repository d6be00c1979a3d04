using Hangfire;
using QualityAnalytics.Jobs.Jobs;
using QualityAnalytics.Jobs.Serve;
using QualityAnalytics.Pipeline.Batch;
using Spectre.Console;
using Spectre.Console.Cli;

namespace QualityAnalytics.Jobs.Cli;

/// <summary><c>qa enqueue --input DIR</c>: queues a batch for the running servers and prints its id.</summary>
/// <remarks>The input is checked here first, so an unusable folder fails now with one line, not at night in a job.</remarks>
public sealed class EnqueueCommand : AsyncCommand<InputSettings>
{
    public override Task<int> ExecuteAsync(CommandContext context, InputSettings settings, CancellationToken cancellationToken)
    {
        var plan = BatchPipeline.Plan(settings.Input);
        var serve = ServeOptionsLoader.FromEnvironment();
        var client = HangfireSetup.CreateClient(HangfireSetup.CreateStorage(settings.ToOptions(), serve), serve);
        var batchId = BatchIds.ForManualRun(plan.Input.Root, DateTimeOffset.UtcNow);
        var jobId = client.Enqueue<StartBatchJob>(serve.DefaultQueue, j => j.RunAsync(batchId, plan.Input.Root, "manual", CancellationToken.None));
        AnsiConsole.MarkupLineInterpolated($"Пакет [bold]{batchId}[/] поставлен в очередь: {plan.Calls.Count} звонков, задание {jobId}.");
        Console.Out.Flush();
        return Task.FromResult(0);
    }
}
