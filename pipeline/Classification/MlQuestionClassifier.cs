namespace QualityAnalytics.Pipeline.Classification;

/// <summary>The question model trained by `qa train` (<see cref="QuestionTraining"/>).</summary>
public sealed class MlQuestionClassifier(TextClassifierModel model) : IQuestionClassifier
{
    public const string ModelFile = "question.zip";

    /// <summary>Log-odds a turn must reach. On the held-out split's noisy turns: at 0 precision 0.73, recall 0.66; at
    /// −1 0.70 / 0.72; at 1 0.76 / 0.59.</summary>
    public const float Threshold = 0f;

    public static MlQuestionClassifier Load(string modelsDir) =>
        new(TextClassifierModel.Load(Path.Combine(modelsDir, ModelFile), ClassifierSpec.Question));

    public bool IsQuestion(IReadOnlyList<string> words) =>
        words.Count > 0 && model.Margin(DialogueFeatures.OperatorTurn(string.Join(' ', words)), QuestionTraining.Question) > Threshold;
}
