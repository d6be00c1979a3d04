using System.ComponentModel;
using Dapper;
using Microsoft.Extensions.DependencyInjection;
using QualityAnalytics.Pipeline.Aggregation;
using QualityAnalytics.Pipeline.Storage;
using QualityAnalytics.Reports;
using Serilog.Events;
using Spectre.Console;
using Spectre.Console.Cli;

namespace QualityAnalytics.Jobs.Cli;

/// <summary><c>qa report [--from DATE] [--to DATE]</c>: recompute the period's aggregates and (re)write both workbooks.</summary>
public sealed class ReportCommand : AsyncCommand<ReportCommand.Settings>
{
    public sealed class Settings : QaSettings
    {
        [CommandOption("--from <DATE>")]
        [Description("First call date, yyyy-MM-dd. Default: the first date with stored calls")]
        public string? From { get; init; }

        [CommandOption("--to <DATE>")]
        [Description("Last call date, yyyy-MM-dd. Default: the last date with stored calls")]
        public string? To { get; init; }

        public override ValidationResult Validate()
        {
            var invalid = DateOption.Validate(From, "--from") ?? DateOption.Validate(To, "--to");
            if (invalid is not null)
            {
                return invalid;
            }

            return DateOption.Parse(From) > DateOption.Parse(To)
                ? ValidationResult.Error($"--from {From} is after --to {To}")
                : ValidationResult.Success();
        }
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        await using var services = QaServices.Build(settings.ToOptions(), LogEventLevel.Warning);
        var (first, last) = await StoredRangeAsync(services.GetRequiredService<IDbConnectionFactory>(), cancellationToken);
        var from = DateOption.Parse(settings.From) ?? first;
        var to = DateOption.Parse(settings.To) ?? last;
        if (from is null || to is null)
        {
            Console.Error.WriteLine("qa: no scored calls are stored yet; run `qa run --input DIR` first, or give --from and --to");
            return 3;
        }

        // Aggregates are rebuilt first: a report must never show figures older than the calls it lists.
        await services.GetRequiredService<Aggregator>().RecomputeRangeAsync(from.Value, to.Value, cancellationToken);
        var paths = await services.GetRequiredService<ReportWriter>()
            .WriteAsync(new ReportPeriod(from.Value, to.Value), cancellationToken);
        foreach (var path in paths)
        {
            AnsiConsole.MarkupLineInterpolated($"[green]Отчёт:[/] {path}");
        }

        return 0;
    }

    private static async Task<(DateOnly? First, DateOnly? Last)> StoredRangeAsync(IDbConnectionFactory factory, CancellationToken cancellationToken)
    {
        await using var connection = await factory.OpenAsync(cancellationToken);
        var range = await connection.QuerySingleAsync<(string? First, string? Last)>(new CommandDefinition($"""
            SELECT MIN({SqlDates.AsText(factory.Dialect, "c.call_date")}), MAX({SqlDates.AsText(factory.Dialect, "c.call_date")})
            FROM calls c JOIN call_scores s ON s.call_id = c.call_id AND s.is_current = 1
            """, cancellationToken: cancellationToken));
        return (range.First is null ? null : SqlDates.Parse(range.First), range.Last is null ? null : SqlDates.Parse(range.Last));
    }
}
