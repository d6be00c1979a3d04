namespace QualityAnalytics.Pipeline.Scoring.Script;

/// <summary>What disclosing personal or application data sounds like, and what does not count.</summary>
public sealed class PersonalDataCues
{
    public List<string> Disclosures { get; set; } = [];
    public List<string> Exclusions { get; set; } = [];
}
