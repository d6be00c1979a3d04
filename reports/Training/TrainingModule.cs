namespace QualityAnalytics.Reports.Training;

/// <summary>A course the training department runs (an entry of models/training-catalogue.yaml).</summary>
public sealed class TrainingModule
{
    public string Module { get; set; } = "";
    public string Description { get; set; } = "";
    public double Hours { get; set; }
}
