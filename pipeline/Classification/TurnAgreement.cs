namespace QualityAnalytics.Pipeline.Classification;

/// <summary>How a turn-level detector agrees with the graders.</summary>
public sealed record TurnAgreement(int TruePositives, int FalsePositives, int FalseNegatives)
{
    public double Precision => TruePositives + FalsePositives == 0 ? 1 : (double)TruePositives / (TruePositives + FalsePositives);

    public double Recall => TruePositives + FalseNegatives == 0 ? 1 : (double)TruePositives / (TruePositives + FalseNegatives);
}
