using System.Collections.Concurrent;
using Microsoft.ML;

namespace QualityAnalytics.Pipeline.Classification;

/// <summary>One trained ML.NET text classifier, safe to call from many threads: ML.NET prediction engines
/// are not thread-safe, so each caller rents one from a pool (created on demand, at most one per concurrent caller).</summary>
public sealed class TextClassifierModel
{
    private readonly MLContext _ml;
    private readonly ITransformer _model;
    private readonly ConcurrentBag<PredictionEngine<DialogueFeatures, ClassPrediction>> _pool = [];

    public TextClassifierModel(MLContext ml, ITransformer model)
    {
        _ml = ml;
        _model = model;
    }

    public static TextClassifierModel Load(string path)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"Модель классификатора не найдена: {path}. Обучите её командой `qa train`.", path);
        }

        var ml = new MLContext(seed: 1);
        var model = ml.Model.Load(path, out _);
        return new TextClassifierModel(ml, model);
    }

    public ITransformer Transformer => _model;

    public string Predict(DialogueFeatures features)
    {
        if (!_pool.TryTake(out var engine))
        {
            engine = _ml.Model.CreatePredictionEngine<DialogueFeatures, ClassPrediction>(_model);
        }

        try
        {
            return engine.Predict(features).PredictedLabel;
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
