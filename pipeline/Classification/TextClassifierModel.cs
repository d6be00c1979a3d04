using System.Collections.Concurrent;
using Microsoft.ML;

namespace QualityAnalytics.Pipeline.Classification;

/// <summary>One trained ML.NET text classifier, safe to call from many threads: ML.NET prediction engines
/// are not thread-safe, so each caller rents one from a pool (created on demand, at most one per concurrent caller).</summary>
public sealed class TextClassifierModel
{
    private readonly MLContext _ml;
    private readonly ITransformer _model;
    private readonly ClassifierSpec _spec;
    private readonly ConcurrentBag<PredictionEngine<VectorRow, ClassPrediction>> _pool = [];

    public TextClassifierModel(MLContext ml, ITransformer model, ClassifierSpec spec)
    {
        _ml = ml;
        _model = model;
        _spec = spec;
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

    public ITransformer Transformer => _model;

    public string Predict(DialogueFeatures features)
    {
        if (!_pool.TryTake(out var engine))
        {
            engine = _ml.Model.CreatePredictionEngine<VectorRow, ClassPrediction>(_model);
        }

        try
        {
            return engine.Predict(new VectorRow { Features = HashedTextVectorizer.Vectorize(features, _spec) }).PredictedLabel;
        }
        finally
        {
            _pool.Add(engine);
        }
    }

    public void Save(string path, DataViewSchema inputSchema)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        _ml.Model.Save(_model, inputSchema, path);
    }
}
