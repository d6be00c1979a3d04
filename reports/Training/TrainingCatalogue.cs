using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace QualityAnalytics.Reports.Training;

/// <summary>Stage and rule → training module, kept as data so trainers can change it without a release.</summary>
public sealed class TrainingCatalogue
{
    public Dictionary<string, TrainingModule> Stages { get; set; } = [];
    public Dictionary<string, TrainingModule> Rules { get; set; } = [];
    public TrainingModule Default { get; set; } = new() { Module = "Разбор звонков с наставником" };

    /// <summary>models/training-catalogue.yaml beside the application. MSBuild ignores LinkBase for files inside the
    /// models project, so the copy may land in the output root instead; both places are looked at.</summary>
    public static string DefaultPath
    {
        get
        {
            var underModels = Path.Combine(AppContext.BaseDirectory, "models", "training-catalogue.yaml");
            var atRoot = Path.Combine(AppContext.BaseDirectory, "training-catalogue.yaml");
            return File.Exists(underModels) || !File.Exists(atRoot) ? underModels : atRoot;
        }
    }

    public TrainingModule ForStage(string stageId) => Stages.GetValueOrDefault(stageId) ?? Default;

    public TrainingModule ForRule(string rule) => Rules.GetValueOrDefault(rule) ?? Default;

    public static TrainingCatalogue Load(string path)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"The training catalogue {path} is missing; the training report needs it.", path);
        }

        var deserializer = new DeserializerBuilder().WithNamingConvention(UnderscoredNamingConvention.Instance).Build();
        var catalogue = deserializer.Deserialize<TrainingCatalogue>(File.ReadAllText(path))
            ?? throw new InvalidDataException($"The training catalogue {path} is empty.");
        var unnamed = catalogue.Stages.Concat(catalogue.Rules).FirstOrDefault(e => string.IsNullOrWhiteSpace(e.Value.Module));
        if (unnamed.Key is not null)
        {
            throw new InvalidDataException($"The training catalogue {path}: entry «{unnamed.Key}» has no module.");
        }

        return catalogue;
    }
}
