namespace QualityAnalytics.Pipeline.Scoring.Evaluation;

/// <summary>Counts of a yes/no decision against the graders': precision, recall, F1.</summary>
public sealed class BinaryAgreement
{
    public int TruePositive { get; private set; }
    public int FalsePositive { get; private set; }
    public int FalseNegative { get; private set; }
    public int TrueNegative { get; private set; }

    public void Add(bool gold, bool predicted)
    {
        switch (gold, predicted)
        {
            case (true, true): TruePositive++; break;
            case (false, true): FalsePositive++; break;
            case (true, false): FalseNegative++; break;
            default: TrueNegative++; break;
        }
    }

    /// <summary>1 when the system said yes never (nothing to be wrong about).</summary>
    public double Precision => TruePositive + FalsePositive == 0 ? 1 : (double)TruePositive / (TruePositive + FalsePositive);

    /// <summary>1 when the graders said yes never.</summary>
    public double Recall => TruePositive + FalseNegative == 0 ? 1 : (double)TruePositive / (TruePositive + FalseNegative);

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public int Support => TruePositive + FalseNegative;
}
