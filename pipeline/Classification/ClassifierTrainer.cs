using Microsoft.ML;
using Microsoft.ML.Trainers;
using Microsoft.ML.Transforms.Text;

namespace QualityAnalytics.Pipeline.Classification;

/// <summary>Trains a text classifier over the dialogue views: word uni/bigrams and character n-grams of each
/// view (n-grams carry inflected and misheard words), then a linear maximum-entropy model (SDCA or L-BFGS).
/// Single-threaded with a fixed seed, so the same corpus always gives the same model.</summary>
public static class ClassifierTrainer
{
    public static (TextClassifierModel Model, DataViewSchema InputSchema) Train(IReadOnlyList<DialogueFeatures> rows, ClassifierSpec spec, int seed)
    {
        var ml = new MLContext(seed);
        var data = ml.Data.LoadFromEnumerable(rows);
        IEstimator<ITransformer> pipeline = ml.Transforms.Conversion.MapValueToKey("LabelKey", nameof(DialogueFeatures.Label));
        foreach (var column in spec.Columns)
        {
            pipeline = pipeline.Append(ml.Transforms.Text.FeaturizeText(column + "F", TextOptions(spec), column));
        }

        var estimator = pipeline
            .Append(ml.Transforms.Concatenate("Features", [.. spec.Columns.Select(c => c + "F")]))
            .Append(Learner(ml, spec))
            .Append(ml.Transforms.Conversion.MapKeyToValue("PredictedLabel", "PredictedLabel"));
        var model = estimator.Fit(data);
        return (new TextClassifierModel(ml, model), data.Schema);
    }

    private static IEstimator<ITransformer> Learner(MLContext ml, ClassifierSpec spec) => spec.Trainer switch
    {
        "lbfgs" => ml.MulticlassClassification.Trainers.LbfgsMaximumEntropy(new LbfgsMaximumEntropyMulticlassTrainer.Options
        {
            LabelColumnName = "LabelKey",
            FeatureColumnName = "Features",
            L2Regularization = spec.L2,
            L1Regularization = 0,
            NumberOfThreads = 1,
        }),
        _ => ml.MulticlassClassification.Trainers.SdcaMaximumEntropy(new SdcaMaximumEntropyMulticlassTrainer.Options
        {
            LabelColumnName = "LabelKey",
            FeatureColumnName = "Features",
            NumberOfThreads = 1,
            MaximumNumberOfIterations = 60,
            L2Regularization = spec.L2,
        }),
    };

    private static TextFeaturizingEstimator.Options TextOptions(ClassifierSpec spec) => new()
    {
        CaseMode = TextNormalizingEstimator.CaseMode.Lower,
        KeepPunctuations = false,
        KeepNumbers = false,
        WordFeatureExtractor = new WordBagEstimator.Options { NgramLength = spec.WordNgram, UseAllLengths = true },
        CharFeatureExtractor = new WordBagEstimator.Options { NgramLength = spec.CharNgram, UseAllLengths = false },
        Norm = TextFeaturizingEstimator.NormFunction.L2,
    };
}
