using System.ComponentModel;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using QualityAnalytics.Pipeline.Export;
using Serilog.Events;
using Spectre.Console;
using Spectre.Console.Cli;

namespace QualityAnalytics.Jobs.Cli;

/// <summary><c>qa export --format jsonl|csv [--from DATE] [--to DATE]</c>: one record per scored call on stdout.</summary>
public sealed class ExportCommand : AsyncCommand<ExportCommand.Settings>
{
    public sealed class Settings : QaSettings
    {
        [CommandOption("--format <FORMAT>")]
        [Description("jsonl (default) or csv")]
        [DefaultValue("jsonl")]
        public string Format { get; init; } = "jsonl";

        [CommandOption("--from <DATE>")]
        [Description("First call date to include, yyyy-MM-dd")]
        public string? From { get; init; }

        [CommandOption("--to <DATE>")]
        [Description("Last call date to include, yyyy-MM-dd")]
        public string? To { get; init; }

        public override ValidationResult Validate()
        {
            if (Format is not ("jsonl" or "csv"))
            {
                return ValidationResult.Error($"--format must be jsonl or csv, not '{Format}'");
            }

            return DateOption.Validate(From, "--from") ?? DateOption.Validate(To, "--to") ?? ValidationResult.Success();
        }
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        await using var services = QaServices.Build(settings.ToOptions(), LogEventLevel.Warning);
        var records = await services.GetRequiredService<ExportReader>()
            .ReadAsync(DateOption.Parse(settings.From), DateOption.Parse(settings.To), cancellationToken);

        await using var stdout = new StreamWriter(Console.OpenStandardOutput(), new System.Text.UTF8Encoding(false)) { NewLine = "\n" };
        if (settings.Format == "csv")
        {
            await CsvExportWriter.WriteAsync(records, stdout, cancellationToken);
        }
        else
        {
            await JsonlExportWriter.WriteAsync(records, stdout, cancellationToken);
        }

        return 0;
    }
}

internal static class DateOption
{
    public static ValidationResult? Validate(string? text, string name) =>
        text is null || DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _)
            ? null
            : ValidationResult.Error($"{name} must be a date like 2026-11-24, not '{text}'");

    public static DateOnly? Parse(string? text) =>
        text is null ? null : DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
