using Microsoft.Extensions.DependencyInjection;
using QualityAnalytics.Pipeline.Batch;
using Serilog.Events;
using Spectre.Console;
using Spectre.Console.Cli;

namespace QualityAnalytics.Jobs.Cli;

/// <summary><c>qa run --input DIR</c>: one whole batch inline.</summary>
public sealed class RunCommand : AsyncCommand<InputSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, InputSettings settings, CancellationToken cancellationToken)
    {
        var interactive = ConsoleOutput.IsInteractive;
        var options = settings.ToOptions();
        await using var services = QaServices.Build(options, interactive ? LogEventLevel.Warning : LogEventLevel.Information);
        var pipeline = services.GetRequiredService<BatchPipeline>();

        BatchSummary summary = interactive
            ? await AnsiConsole.Progress()
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new SpinnerColumn())
                .StartAsync(async ctx =>
                {
                    var task = ctx.AddTask("Звонки", maxValue: 1);
                    var progress = new Progress<BatchProgress>(p =>
                    {
                        task.MaxValue = Math.Max(1, p.Total);
                        task.Value = p.Done;
                        task.Description = p.Stage == "reports" ? "Агрегаты и отчёты" : $"Звонки {p.Done}/{p.Total}";
                    });
                    return await pipeline.RunAsync(settings.Input, progress, cancellationToken);
                })
            : await pipeline.RunAsync(settings.Input, new ProgressLog(services), cancellationToken);

        RunSummaryView.Write(summary, options);
        return 0;
    }
}
