using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace QualityAnalytics.Jobs.Cli;

/// <summary>Options of the commands that take an input folder (<c>run</c>, <c>enqueue</c>).</summary>
public class InputSettings : QaSettings
{
    [CommandOption("--input <DIR>")]
    [Description("Input folder with calls.csv, audio/ and transcripts/")]
    public string Input { get; init; } = "";

    public override ValidationResult Validate() =>
        string.IsNullOrWhiteSpace(Input) ? ValidationResult.Error("--input DIR is required") : ValidationResult.Success();
}
