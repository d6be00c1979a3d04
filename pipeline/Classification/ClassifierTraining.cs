using Microsoft.ML;
using QualityAnalytics.Pipeline.Scoring;

namespace QualityAnalytics.Pipeline.Classification;

/// <summary>The whole `qa train` procedure: split by dialogue, augment the training part with noisy copies,
/// train and measure on the held-out part (clean and noisy), then retrain on everything for shipping.</summary>
public static class ClassifierTraining
{
    public const int Seed = 20260101;
    public const int NoisyCopies = 4;

    public sealed record Result(
        TextClassifierModel Topic,
        TextClassifierModel Resolution,
        DataViewSchema InputSchema,
        ConfusionMatrix TopicHeldOut,
        ConfusionMatrix ResolutionHeldOut,
        ConfusionMatrix TopicHeldOutNoisy,
        ConfusionMatrix ResolutionHeldOutNoisy,
        int TrainDialogues,
        int HeldOutDialogues)
    {
        /// <summary>The model of dismissive operator turns (forbidden phrases in words no list foresaw).</summary>
        public required TextClassifierModel Dismissal { get; init; }

        public required TurnAgreement DismissalHeldOut { get; init; }

        public required TurnAgreement DismissalHeldOutNoisy { get; init; }

        /// <summary>The model of operator turns that read out the caller's data before identification.</summary>
        public required TextClassifierModel Disclosure { get; init; }

        public required TurnAgreement DisclosureHeldOut { get; init; }

        public required TurnAgreement DisclosureHeldOutNoisy { get; init; }

        /// <summary>The model of operator turns that ask, told from words without punctuation.</summary>
        public required TextClassifierModel Question { get; init; }

        /// <summary>On the held-out turns' own words (punctuation dropped) and on their noisy copy.</summary>
        public required TurnAgreement QuestionHeldOut { get; init; }

        public required TurnAgreement QuestionHeldOutNoisy { get; init; }
    }

    /// <param name="script">The operator script whose cues and identification tracking the disclosure model works beside.</param>
    /// <param name="finalOnAll">Retrain on the whole corpus for the shipped models (held-out figures stay those of the split models).</param>
    public static Result Run(IReadOnlyList<CorpusDialogue> corpus, CompiledScript script, bool finalOnAll = true)
    {
        var train = corpus.Where(d => !CorpusSplit.IsHeldOut(d.Id)).ToList();
        var heldOut = corpus.Where(d => CorpusSplit.IsHeldOut(d.Id)).ToList();

        var (topicSplit, _) = ClassifierTrainer.Train(Rows(Augment(train), d => d.Topic), ClassifierSpec.Topic, Seed);
        var (resolutionSplit, schema) = ClassifierTrainer.Train(Rows(Augment(train), d => d.Resolution), ClassifierSpec.Resolution, Seed);
        var noisyHeldOut = heldOut.Select(d => CorpusAugmenter.NoisyCopy(d, 99)).ToList();
        var dismissalSplit = DismissalTraining.Train(train, Seed);
        var disclosureSplit = DisclosureTraining.Train(train, script, Seed);
        var questionSplit = QuestionTraining.Train(train, Seed);

        var result = new Result(
            topicSplit, resolutionSplit, schema,
            Measure(topicSplit, heldOut, d => d.Topic, Models.Judgement.Topics.All),
            Measure(resolutionSplit, heldOut, d => d.Resolution, Models.Judgement.Resolutions.All),
            Measure(topicSplit, noisyHeldOut, d => d.Topic, Models.Judgement.Topics.All),
            Measure(resolutionSplit, noisyHeldOut, d => d.Resolution, Models.Judgement.Resolutions.All),
            train.Count,
            heldOut.Count)
        {
            Dismissal = dismissalSplit,
            DismissalHeldOut = DismissalTraining.Measure(dismissalSplit, heldOut),
            DismissalHeldOutNoisy = DismissalTraining.Measure(dismissalSplit, noisyHeldOut),
            Disclosure = disclosureSplit,
            DisclosureHeldOut = DisclosureTraining.Measure(disclosureSplit, heldOut, script),
            DisclosureHeldOutNoisy = DisclosureTraining.Measure(disclosureSplit, noisyHeldOut, script),
            Question = questionSplit,
            QuestionHeldOut = QuestionTraining.Measure(questionSplit, heldOut.Select(d => (d, d))),
            QuestionHeldOutNoisy = QuestionTraining.Measure(questionSplit, heldOut.Zip(noisyHeldOut)),
        };

        if (!finalOnAll)
        {
            return result;
        }

        var all = Augment(corpus);
        var (topic, _) = ClassifierTrainer.Train(Rows(all, d => d.Topic), ClassifierSpec.Topic, Seed);
        var (resolution, _) = ClassifierTrainer.Train(Rows(all, d => d.Resolution), ClassifierSpec.Resolution, Seed);
        return result with
        {
            Topic = topic,
            Resolution = resolution,
            Dismissal = DismissalTraining.Train(corpus, Seed),
            Disclosure = DisclosureTraining.Train(corpus, script, Seed),
            Question = QuestionTraining.Train(corpus, Seed),
        };
    }

    public static ConfusionMatrix Measure(
        TextClassifierModel model, IEnumerable<CorpusDialogue> dialogues, Func<CorpusDialogue, string> label, IReadOnlyList<string> classes)
    {
        var matrix = new ConfusionMatrix(classes);
        foreach (var d in dialogues)
        {
            matrix.Add(label(d), model.Predict(DialogueFeaturizer.From(d.Segments)));
        }

        return matrix;
    }

    public static List<CorpusDialogue> Augment(IEnumerable<CorpusDialogue> dialogues) =>
        [.. CorpusAugmenter.WithNoisyCopies(dialogues, NoisyCopies)];

    public static List<DialogueFeatures> Rows(IEnumerable<CorpusDialogue> dialogues, Func<CorpusDialogue, string> label) =>
        [.. dialogues.Select(d => DialogueFeaturizer.From(d.Segments, label(d)))];
}
