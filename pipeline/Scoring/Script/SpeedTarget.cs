namespace QualityAnalytics.Pipeline.Scoring.Script;

/// <summary>One speed metric's contribution: 100 at or below <see cref="Good"/>, 0 at or above <see cref="Bad"/>.</summary>
public sealed class SpeedTarget
{
    /// <summary>Export name of the metric, e.g. <c>mean_response_s</c>.</summary>
    public string Metric { get; set; } = "";
    public double Good { get; set; }
    public double Bad { get; set; }
    public double Weight { get; set; } = 1;
}
