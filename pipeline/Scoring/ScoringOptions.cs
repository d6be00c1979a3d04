namespace QualityAnalytics.Pipeline.Scoring;

/// <summary>Where the scoring stage finds its data. Bound from configuration section <c>ScoringOptions</c>.</summary>
public sealed class ScoringOptions
{
    /// <summary>The operator script. Default <c>models/scripts/gosuslugi-2026.1.yaml</c> beside the application.</summary>
    public string ScriptPath { get; set; } = Path.Combine(AppContext.BaseDirectory, "models", "scripts", "gosuslugi-2026.1.yaml");

    /// <summary>Folder of the trained topic and resolution models. Default <c>models/ml</c> beside the application.</summary>
    public string ModelsDir { get; set; } = Path.Combine(AppContext.BaseDirectory, "models", "ml");
}
