namespace QualityAnalytics.Pipeline.Classification;

/// <summary>The shipped ML.NET model of dismissive operator turns (<c>models/ml/dismissal.zip</c>): maximum entropy
/// over the turn's hashed word and character n-grams, trained on the corpus's turns labelled <c>forbidden_phrase</c>.</summary>
public sealed class MlDismissalClassifier(TextClassifierModel model) : IDismissalClassifier
{
    public const string ModelFile = "dismissal.zip";

    /// <summary>Log-odds a turn must reach. Trained without one writer's part and tested on it, turns flagged at 1.0:
    /// 18 of 21 with 1 false alarm (part g), 17 of 20 with none (h), 19 of 24 with 3 (e), 10 of 20 with 1 on
    /// recogniser-like text (f); higher thresholds lose recall quickly, lower ones add false alarms.</summary>
    public const float Threshold = 1.0f;

    public static MlDismissalClassifier Load(string modelsDir) =>
        new(TextClassifierModel.Load(Path.Combine(modelsDir, ModelFile), ClassifierSpec.Dismissal));

    public bool IsDismissive(IReadOnlyList<string> words) =>
        words.Count > 0 && model.Margin(DialogueFeatures.OperatorTurn(string.Join(' ', words)), DismissalTraining.Dismissive) > Threshold;
}
