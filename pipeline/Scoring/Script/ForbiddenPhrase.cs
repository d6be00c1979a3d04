namespace QualityAnalytics.Pipeline.Scoring.Script;

/// <summary>One entry of the script's forbidden list, with its spoken variants.</summary>
public sealed class ForbiddenPhrase
{
    public string Phrase { get; set; } = "";
    public List<string> Variants { get; set; } = [];

    /// <summary>Wording in the same segment that makes the phrase harmless ("не знаю, сейчас уточню").</summary>
    public List<string> Unless { get; set; } = [];

    /// <summary>Counts only as a bare dismissal: the segment says little else.</summary>
    public bool Alone { get; set; }
}
