using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;

namespace QualityAnalytics.Pipeline.Classification;

/// <summary>One trained ML.NET text classifier. Prediction reads the linear model's weights once and scores the
/// hashed features as they stream (<see cref="LinearScorer"/>) (argmax of w·x + b, which is the maximum-entropy argmax): ML.NET's prediction
/// engine is not thread-safe and densifies the 2^18-wide vector, costing a millisecond a call. This way the
/// model is immutable, thread-safe and costs microseconds.</summary>
public sealed class TextClassifierModel
{
    private readonly MLContext _ml;
    private readonly ITransformer _model;
    private readonly ClassifierSpec _spec;
    private readonly string[] _labels;

    // Weights laid out feature-major ([feature * classes + class]) so one feature's weights share a cache line.
    private readonly float[] _weights;
    private readonly float[] _biases;

    public TextClassifierModel(MLContext ml, ITransformer model, ClassifierSpec spec)
    {
        _ml = ml;
        _model = model;
        _spec = spec;
        var predictor = FindPredictor(model);
        VBuffer<float>[] perClass = [];
        predictor.Model.GetWeights(ref perClass, out var classes);
        _biases = [.. predictor.Model.GetBiases()];
        _weights = new float[HashedTextVectorizer.Size * classes];
        for (var c = 0; c < classes; c++)
        {
            foreach (var (index, value) in perClass[c].Items())
            {
                _weights[(index * classes) + c] = value;
            }
        }

        _labels = LabelsOf(ml, model, classes);
    }

    /// <param name="spec">The views the model was trained on; vectors are made the same way.</param>
    public static TextClassifierModel Load(string path, ClassifierSpec spec)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"Модель классификатора не найдена: {path}. Обучите её командой `qa train`.", path);
        }

        var ml = new MLContext(seed: 1);
        var model = ml.Model.Load(path, out _);
        return new TextClassifierModel(ml, model, spec);
    }

    public IReadOnlyList<string> Labels => _labels;

    public string Predict(DialogueFeatures features)
    {
        var classes = _labels.Length;
        Span<float> scores = stackalloc float[classes];
        LinearScorer.Score(features, _spec, _weights, _biases, scores);
        var best = 0;
        for (var c = 1; c < classes; c++)
        {
            if (scores[c] > scores[best])
            {
                best = c;
            }
        }

        return _labels[best];
    }

    /// <summary>How far the label's score lies above the best other label's (log-odds for two labels).</summary>
    public float Margin(DialogueFeatures features, string label)
    {
        var classes = _labels.Length;
        Span<float> scores = stackalloc float[classes];
        LinearScorer.Score(features, _spec, _weights, _biases, scores);
        var index = Array.IndexOf(_labels, label);
        if (index < 0)
        {
            throw new ArgumentException($"The model has no label {label}.", nameof(label));
        }

        var other = float.MinValue;
        for (var c = 0; c < classes; c++)
        {
            if (c != index)
            {
                other = Math.Max(other, scores[c]);
            }
        }

        return scores[index] - other;
    }

    public void Save(string path, DataViewSchema inputSchema)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        _ml.Model.Save(_model, inputSchema, path);
    }

    private static MulticlassPredictionTransformer<MaximumEntropyModelParameters> FindPredictor(ITransformer model) =>
        (model as IEnumerable<ITransformer> ?? [model])
            .OfType<MulticlassPredictionTransformer<MaximumEntropyModelParameters>>()
            .SingleOrDefault()
        ?? throw new InvalidDataException("The classifier model holds no maximum-entropy predictor; retrain it with `qa train`.");

    /// <summary>Class names in score order: the slot names of the model's Score column.</summary>
    private static string[] LabelsOf(MLContext ml, ITransformer model, int classes)
    {
        var empty = ml.Data.LoadFromEnumerable(Array.Empty<VectorRow>());
        var scoreColumn = model.GetOutputSchema(empty.Schema)["Score"];
        VBuffer<ReadOnlyMemory<char>> names = default;
        scoreColumn.GetSlotNames(ref names);
        var labels = names.DenseValues().Select(n => n.ToString()).ToArray();
        if (labels.Length != classes)
        {
            throw new InvalidDataException($"The classifier model names {labels.Length} classes but has weights for {classes}.");
        }

        return labels;
    }
}
