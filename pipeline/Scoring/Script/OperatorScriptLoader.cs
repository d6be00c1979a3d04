using QualityAnalytics.Models.Judgement;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace QualityAnalytics.Pipeline.Scoring.Script;

/// <summary>Reads and checks an operator script file once at start-up.</summary>
public static class OperatorScriptLoader
{
    public static OperatorScript Load(string path)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"Скрипт оператора не найден: {path}", path);
        }

        return Parse(File.ReadAllText(path), path);
    }

    public static OperatorScript Parse(string yaml, string origin = "<yaml>")
    {
        var deserializer = new DeserializerBuilder()
            .WithNamingConvention(UnderscoredNamingConvention.Instance)
            .Build();
        var script = deserializer.Deserialize<OperatorScript>(yaml)
            ?? throw new InvalidDataException($"{origin}: пустой скрипт.");
        Validate(script, origin);
        return script;
    }

    private static void Validate(OperatorScript script, string origin)
    {
        if (string.IsNullOrWhiteSpace(script.Version))
        {
            throw new InvalidDataException($"{origin}: не указана версия скрипта (version).");
        }

        var missing = StageIds.All.Where(id => script.Stages.All(s => s.Id != id)).ToList();
        if (missing.Count > 0)
        {
            throw new InvalidDataException($"{origin}: нет этапов {string.Join(", ", missing)}.");
        }

        var unknown = script.Stages.Where(s => !StageIds.All.Contains(s.Id)).Select(s => s.Id).ToList();
        if (unknown.Count > 0)
        {
            throw new InvalidDataException($"{origin}: неизвестные этапы {string.Join(", ", unknown)}.");
        }

        if (script.Stages.Any(s => s.Weight < 0) || script.Scores.Weights.Values.Any(w => w < 0))
        {
            throw new InvalidDataException($"{origin}: веса не могут быть отрицательными.");
        }
    }
}
