using System.ComponentModel;
using QualityAnalytics.Pipeline.Transcription;
using Spectre.Console;
using Spectre.Console.Cli;

namespace QualityAnalytics.Jobs.Cli;

/// <summary><c>qa model download --size base|small|medium [--output DIR]</c>: fetch a Whisper model for transcription.</summary>
public sealed class ModelDownloadCommand : AsyncCommand<ModelDownloadCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
        [CommandOption("--size <SIZE>")]
        [Description("base (142 MB), small (466 MB) or medium (1.5 GB); larger is more accurate and slower")]
        [DefaultValue("small")]
        public string Size { get; init; } = "small";

        [CommandOption("--output <DIR>")]
        [Description("Folder for the model file. Default models/whisper")]
        [DefaultValue("models/whisper")]
        public string Output { get; init; } = "models/whisper";

        public override ValidationResult Validate() =>
            WhisperModelDownloader.Sizes.ContainsKey(Size)
                ? ValidationResult.Success()
                : ValidationResult.Error($"--size must be base, small or medium, not '{Size}'");
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var target = Path.GetFullPath(Path.Combine(settings.Output, WhisperModelDownloader.FileName(settings.Size)));
        using var http = new HttpClient { Timeout = TimeSpan.FromHours(1) };
        try
        {
            var bytes = await new WhisperModelDownloader(http).DownloadAsync(settings.Size, target, cancellationToken);
            AnsiConsole.MarkupLineInterpolated($"Saved {target} ({bytes / 1048576.0:0} MB).");
            AnsiConsole.MarkupLineInterpolated($"Use it: export QA_WHISPER_MODEL={target}");
            return 0;
        }
        catch (ModelDownloadException e)
        {
            Console.Error.WriteLine($"qa: {e.Message}");
            return 3;
        }
    }
}
