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
        [Description("Where topic.zip, resolution.zip, dismissal.zip, disclosure.zip and question.zip go. Default models/ml (shipped with the next build)")]
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
        PrintTurns("Пренебрежительные реплики оператора", result.DismissalHeldOut, result.DismissalHeldOutNoisy);
        PrintTurns("Персональные данные до идентификации (реплики)", result.DisclosureHeldOut, result.DisclosureHeldOutNoisy);
        PrintTurns("Вопросы оператора по словам, без знаков препинания (реплики)", result.QuestionHeldOut, result.QuestionHeldOutNoisy);

        result.Topic.Save(Path.Combine(settings.Output, MlCallClassifier.TopicModelFile), result.InputSchema);
        result.Resolution.Save(Path.Combine(settings.Output, MlCallClassifier.ResolutionModelFile), result.InputSchema);
        result.Dismissal.Save(Path.Combine(settings.Output, MlDismissalClassifier.ModelFile), result.InputSchema);
        result.Disclosure.Save(Path.Combine(settings.Output, MlDisclosureClassifier.ModelFile), result.InputSchema);
        result.Question.Save(Path.Combine(settings.Output, MlQuestionClassifier.ModelFile), result.InputSchema);
        Console.WriteLine($"Модели (обучены на всём корпусе) записаны в {Path.GetFullPath(settings.Output)}");
        return 0;
    }

    private static void Print(string title, ConfusionMatrix clean, ConfusionMatrix noisy)
    {
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{title}: точность {clean.Accuracy:0.000} (каппа {clean.Kappa:0.000}); на шумной копии (~25% WER) {noisy.Accuracy:0.000}"));
        Console.Write(clean.Render());
    }

    private static void PrintTurns(string title, TurnAgreement clean, TurnAgreement noisy) =>
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{title}: точность {clean.Precision:0.000}, полнота {clean.Recall:0.000} (реплик: {clean.TruePositives + clean.FalseNegatives}); на шумной копии {noisy.Precision:0.000} / {noisy.Recall:0.000}"));
}
