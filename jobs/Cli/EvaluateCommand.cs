using System.ComponentModel;
using Microsoft.Extensions.DependencyInjection;
using QualityAnalytics.Models.Calls;
using QualityAnalytics.Pipeline.Batch;
using QualityAnalytics.Pipeline.Classification;
using QualityAnalytics.Pipeline.Ingest;
using QualityAnalytics.Pipeline.Scoring;
using QualityAnalytics.Pipeline.Scoring.Evaluation;
using QualityAnalytics.Pipeline.Speed;
using Spectre.Console;
using Spectre.Console.Cli;

namespace QualityAnalytics.Jobs.Cli;

/// <summary><c>qa evaluate --input DIR --labels FILE</c>: judges the input by the same per-call path as
/// <c>qa run</c> (nothing is stored) and prints agreement with human graders. With <c>--corpus DIR</c> it
/// measures the project's own held-out dialogues instead.</summary>
public sealed class EvaluateCommand : AsyncCommand<EvaluateCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
        [CommandOption("--input <DIR>")]
        [Description("Input folder (calls.csv, transcripts/, audio/) as for qa run")]
        public string? Input { get; init; }

        [CommandOption("--labels <FILE>")]
        [Description("Grader labels: JSON lines with call_id, topic, resolution, stages {id: done}, violations (a list of rules)")]
        public string? Labels { get; init; }

        [CommandOption("--corpus <DIR>")]
        [Description("Instead of --input: the held-out part of a labelled corpus (models/corpus)")]
        public string? Corpus { get; init; }

        [CommandOption("--noisy")]
        [Description("With --corpus: judge ASR-noisy copies (~25% WER) of the held-out dialogues")]
        public bool Noisy { get; init; }

        [CommandOption("--all")]
        [Description("With --corpus: every dialogue, not only the held-out part")]
        public bool All { get; init; }

        [CommandOption("--details")]
        [Description("Also list every disagreement")]
        public bool Details { get; init; }

        public override ValidationResult Validate() =>
            Corpus is not null || (Input is not null && Labels is not null)
                ? ValidationResult.Success()
                : ValidationResult.Error("give --input DIR --labels FILE, or --corpus DIR");
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        await using var services = new ServiceCollection().AddScoringStage().BuildServiceProvider();
        var judge = services.GetRequiredService<ICallJudge>();
        var report = settings.Corpus is not null
            ? EvaluateCorpus(judge, settings)
            : await EvaluateInputAsync(judge, settings.Input!, settings.Labels!, cancellationToken);

        Console.Write(report.Render());
        if (settings.Details)
        {
            Console.WriteLine();
            report.Disagreements.ForEach(Console.WriteLine);
        }

        return 0;
    }

    private static async Task<AgreementReport> EvaluateInputAsync(ICallJudge judge, string inputDir, string labelsPath, CancellationToken ct)
    {
        var input = new InputFolder(inputDir);
        var calls = CallsCsvReader.Read(input);
        var labels = GradeLabelReader.Read(labelsPath).ToDictionary(l => l.CallId);
        var processor = new CallProcessor(judge);
        var report = new AgreementReport();
        var unlabelled = 0;
        foreach (var call in calls.Calls)
        {
            if (!labels.TryGetValue(call.CallId, out var label))
            {
                unlabelled++;
                continue;
            }

            var outcome = await processor.ProcessAsync(input, call, ct);
            if (outcome.Scored is { } scored)
            {
                report.Add(label, scored.Judgement);
            }
            else
            {
                AnsiConsole.MarkupLineInterpolated($"[yellow]{call.CallId}: не оценён ({outcome.Rejected?.ReasonCode})[/]");
            }
        }

        if (unlabelled > 0)
        {
            Console.Error.WriteLine($"{unlabelled} звонков без разметки пропущено");
        }

        return report;
    }

    private static AgreementReport EvaluateCorpus(ICallJudge judge, Settings settings)
    {
        var report = new AgreementReport();
        foreach (var dialogue in CorpusReader.ReadDirectory(settings.Corpus!))
        {
            if (!settings.All && !CorpusSplit.IsHeldOut(dialogue.Id))
            {
                continue;
            }

            var d = settings.Noisy ? CorpusAugmenter.NoisyCopy(dialogue, 99) : dialogue;
            var call = new CallRecord { CallId = d.Id, StartedAt = DateTimeOffset.UnixEpoch, OperatorId = "op" };
            var transcript = new Transcript(d.Id, "ru", d.Segments);
            var speed = SpeedCalculator.Compute(d.Segments, null, null, null);
            var judgement = judge.Judge(call, transcript, TranscriptSource.Transcript, speed);
            var label = new GradeLabel(d.Id, d.Topic, d.Resolution, d.Stages, [.. d.Violations.Select(v => v.Rule)]);
            report.Add(label, judgement);
        }

        return report;
    }
}
