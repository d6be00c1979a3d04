namespace QualityAnalytics.Pipeline.Classification;

/// <summary>How a turn-level detector agrees with the graders.</summary>
public sealed record TurnAgreement(int TruePositives, int FalsePositives, int FalseNegatives)
{
    public double Precision => TruePositives + FalsePositives == 0 ? 1 : (double)TruePositives / (TruePositives + FalsePositives);

    public double Recall => TruePositives + FalseNegatives == 0 ? 1 : (double)TruePositives / (TruePositives + FalseNegatives);

    /// <summary>Counts the detector's decisions against the graders' marks, turn by turn.</summary>
    public static TurnAgreement Of(IEnumerable<(bool Said, bool Marked)> turns)
    {
        int truePositives = 0, falsePositives = 0, falseNegatives = 0;
        foreach (var (said, marked) in turns)
        {
            truePositives += said && marked ? 1 : 0;
            falsePositives += said && !marked ? 1 : 0;
            falseNegatives += !said && marked ? 1 : 0;
        }

        return new TurnAgreement(truePositives, falsePositives, falseNegatives);
    }
}
