namespace QualityAnalytics.Reports.Training;

public enum GapKind
{
    /// <summary>A script stage the operator skipped where it was required.</summary>
    Stage,

    /// <summary>A violation rule the operator broke.</summary>
    Rule,
}
