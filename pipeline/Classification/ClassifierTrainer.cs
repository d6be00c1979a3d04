using Microsoft.ML;
using Microsoft.ML.Trainers;
using Microsoft.ML.Transforms.Text;

namespace QualityAnalytics.Pipeline.Classification;

/// <summary>Trains a text classifier over the dialogue views: word uni/bigrams and character trigrams of each
/// view (trigrams carry inflected and misheard words), then a linear maximum-entropy model. Single-threaded
/// SDCA with a fixed seed, so the same corpus always gives the same model.</summary>
public static class ClassifierTrainer
{
    public static (TextClassifierModel Model, DataViewSchema InputSchema) Train(IReadOnlyList<DialogueFeatures> rows, int seed)
    {
        var ml = new MLContext(seed);
        var data = ml.Data.LoadFromEnumerable(rows);
        var pipeline = ml.Transforms.Conversion.MapValueToKey("LabelKey", nameof(DialogueFeatures.Label))
            .Append(ml.Transforms.Text.FeaturizeText("CustomerF", TextOptions(), nameof(DialogueFeatures.Customer)))
            .Append(ml.Transforms.Text.FeaturizeText("HeadF", TextOptions(), nameof(DialogueFeatures.Head)))
            .Append(ml.Transforms.Text.FeaturizeText("OperatorF", TextOptions(), nameof(DialogueFeatures.Operator)))
            .Append(ml.Transforms.Text.FeaturizeText("TailF", TextOptions(), nameof(DialogueFeatures.Tail)))
            .Append(ml.Transforms.Concatenate("Features", "CustomerF", "HeadF", "OperatorF", "TailF"))
            .Append(ml.MulticlassClassification.Trainers.SdcaMaximumEntropy(new SdcaMaximumEntropyMulticlassTrainer.Options
            {
                LabelColumnName = "LabelKey",
                FeatureColumnName = "Features",
                NumberOfThreads = 1,
                MaximumNumberOfIterations = 60,
                L2Regularization = 1e-4f,
            }))
            .Append(ml.Transforms.Conversion.MapKeyToValue("PredictedLabel", "PredictedLabel"));
        var model = pipeline.Fit(data);
        return (new TextClassifierModel(ml, model), data.Schema);
    }

    private static TextFeaturizingEstimator.Options TextOptions() => new()
    {
        CaseMode = TextNormalizingEstimator.CaseMode.Lower,
        KeepPunctuations = false,
        KeepNumbers = false,
        WordFeatureExtractor = new WordBagEstimator.Options { NgramLength = 2, UseAllLengths = true },
        CharFeatureExtractor = new WordBagEstimator.Options { NgramLength = 3, UseAllLengths = false },
        Norm = TextFeaturizingEstimator.NormFunction.L2,
    };
}
