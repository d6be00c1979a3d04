using System.ComponentModel;
using System.Globalization;
using QualityAnalytics.Pipeline.Classification;
using QualityAnalytics.Pipeline.Scoring;
using QualityAnalytics.Pipeline.Scoring.Script;
using Spectre.Console;
using Spectre.Console.Cli;

namespace QualityAnalytics.Jobs.Cli;

/// <summary><c>qa train</c>: retrains the topic, resolution, dismissal and disclosure models from the labelled corpus (fixed seed),
/// prints the held-out figures and writes the models the product ships.</summary>
public sealed class TrainCommand : Command<TrainCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
        [CommandOption("--corpus <DIR>")]
        [Description("Folder of labelled dialogues (*.jsonl). Default models/corpus")]
        [DefaultValue("models/corpus")]
        public string Corpus { get; init; } = "models/corpus";

        [CommandOption("--output <DIR>")]
        [Description("Where topic.zip, resolution.zip, dismissal.zip and disclosure.zip go. Default models/ml (shipped with the next build)")]
        [DefaultValue("models/ml")]
        public string Output { get; init; } = "models/ml";
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        if (!Directory.Exists(settings.Corpus))
        {
            throw new DirectoryNotFoundException($"Корпус не найден: {settings.Corpus}");
        }

        var corpus = CorpusReader.ReadDirectory(settings.Corpus);
        AnsiConsole.MarkupLine(CultureInfo.InvariantCulture, $"Корпус: [bold]{corpus.Count}[/] диалогов, обучение с шумными копиями ×{ClassifierTraining.NoisyCopies}, seed {ClassifierTraining.Seed}");
        var script = new CompiledScript(OperatorScriptLoader.Load(new ScoringOptions().ScriptPath));
        var result = ClassifierTraining.Run(corpus, script);

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Отложенная выборка: {result.HeldOutDialogues} диалогов (обучение на {result.TrainDialogues})"));
        Print("Тема", result.TopicHeldOut, result.TopicHeldOutNoisy);
        Print("Результат", result.ResolutionHeldOut, result.ResolutionHeldOutNoisy);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Пренебрежительные реплики оператора: точность {result.DismissalHeldOut.Precision:0.000}, полнота {result.DismissalHeldOut.Recall:0.000} (реплик: {result.DismissalHeldOut.TruePositives + result.DismissalHeldOut.FalseNegatives}); на шумной копии {result.DismissalHeldOutNoisy.Precision:0.000} / {result.DismissalHeldOutNoisy.Recall:0.000}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Персональные данные до идентификации (реплики): точность {result.DisclosureHeldOut.Precision:0.000}, полнота {result.DisclosureHeldOut.Recall:0.000} (реплик: {result.DisclosureHeldOut.TruePositives + result.DisclosureHeldOut.FalseNegatives}); на шумной копии {result.DisclosureHeldOutNoisy.Precision:0.000} / {result.DisclosureHeldOutNoisy.Recall:0.000}"));

        result.Topic.Save(Path.Combine(settings.Output, MlCallClassifier.TopicModelFile), result.InputSchema);
        result.Resolution.Save(Path.Combine(settings.Output, MlCallClassifier.ResolutionModelFile), result.InputSchema);
        result.Dismissal.Save(Path.Combine(settings.Output, MlDismissalClassifier.ModelFile), result.InputSchema);
        result.Disclosure.Save(Path.Combine(settings.Output, MlDisclosureClassifier.ModelFile), result.InputSchema);
        Console.WriteLine($"Модели (обучены на всём корпусе) записаны в {Path.GetFullPath(settings.Output)}");
        return 0;
    }

    private static void Print(string title, ConfusionMatrix clean, ConfusionMatrix noisy)
    {
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{title}: точность {clean.Accuracy:0.000} (каппа {clean.Kappa:0.000}); на шумной копии (~25% WER) {noisy.Accuracy:0.000}"));
        Console.Write(clean.Render());
    }
}
