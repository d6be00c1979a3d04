namespace QualityAnalytics.Pipeline.Scoring.Script;

/// <summary>Where a stage must happen within an operator's part of the call.</summary>
public sealed class StageWindow
{
    /// <summary><c>opening</c> (first turns of the part) or <c>closing</c> (last turns).</summary>
    public string Part { get; set; } = "opening";

    /// <summary>How many of the operator's turns at that end count. Default 2.</summary>
    public int OperatorTurns { get; set; } = 2;

    /// <summary>Opening only: a turn starting later than this many seconds into the part does not count; 0 = no limit.</summary>
    public double Seconds { get; set; }
}
