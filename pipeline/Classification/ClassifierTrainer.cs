using Microsoft.ML;
using Microsoft.ML.Trainers;

namespace QualityAnalytics.Pipeline.Classification;

/// <summary>Trains a linear maximum-entropy classifier (SDCA or L-BFGS) over the hashed dialogue features
/// (<see cref="HashedTextVectorizer"/>). Single-threaded with a fixed seed, so the same corpus always gives the same model.</summary>
public static class ClassifierTrainer
{
    public static (TextClassifierModel Model, DataViewSchema InputSchema) Train(IReadOnlyList<DialogueFeatures> rows, ClassifierSpec spec, int seed)
    {
        var ml = new MLContext(seed);
        var data = ml.Data.LoadFromEnumerable(rows.Select(r => new VectorRow { Label = r.Label, Features = HashedTextVectorizer.Vectorize(r, spec) }));
        var estimator = ml.Transforms.Conversion.MapValueToKey("LabelKey", nameof(VectorRow.Label))
            .Append(Learner(ml, spec))
            .Append(ml.Transforms.Conversion.MapKeyToValue("PredictedLabel", "PredictedLabel"));
        var model = estimator.Fit(data);
        return (new TextClassifierModel(ml, model, spec), data.Schema);
    }

    /// <summary>Trains a turn model: each turn a row, a turn the graders marked counting <paramref name="markedWeight"/>
    /// times (marked turns are rare, and the model must not learn that unmarked is always the safe answer).</summary>
    public static TextClassifierModel TrainTurns(
        IEnumerable<(DialogueFeatures Row, bool Marked)> turns, int markedWeight, ClassifierSpec spec, int seed) =>
        Train([.. turns.SelectMany(t => Enumerable.Repeat(t.Row, t.Marked ? markedWeight : 1))], spec, seed).Model;

    private static IEstimator<ITransformer> Learner(MLContext ml, ClassifierSpec spec) => spec.Trainer switch
    {
        "lbfgs" => ml.MulticlassClassification.Trainers.LbfgsMaximumEntropy(new LbfgsMaximumEntropyMulticlassTrainer.Options
        {
            LabelColumnName = "LabelKey",
            FeatureColumnName = nameof(VectorRow.Features),
            L2Regularization = spec.L2,
            L1Regularization = 0,
            NumberOfThreads = 1,
        }),
        _ => ml.MulticlassClassification.Trainers.SdcaMaximumEntropy(new SdcaMaximumEntropyMulticlassTrainer.Options
        {
            LabelColumnName = "LabelKey",
            FeatureColumnName = nameof(VectorRow.Features),
            NumberOfThreads = 1,
            MaximumNumberOfIterations = 60,
            L2Regularization = spec.L2,
        }),
    };
}
