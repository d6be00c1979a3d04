namespace QualityAnalytics.Models.Judgement;

/// <summary>The contract's closed vocabulary of script stages, in script order.</summary>
public static class StageIds
{
    public const string Greeting = "greeting";
    public const string Identification = "identification";
    public const string NeedClarification = "need_clarification";
    public const string Solution = "solution";
    public const string FurtherHelp = "further_help";
    public const string Farewell = "farewell";

    public static readonly IReadOnlyList<string> All =
        [Greeting, Identification, NeedClarification, Solution, FurtherHelp, Farewell];
}
