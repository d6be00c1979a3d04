namespace QualityAnalytics.Models.Judgement;

/// <summary>The contract's closed vocabulary of call outcomes.</summary>
public static class Resolutions
{
    public const string Resolved = "resolved";
    public const string Transferred = "transferred";
    public const string Callback = "callback";
    public const string Unresolved = "unresolved";

    public static readonly IReadOnlyList<string> All = [Resolved, Transferred, Callback, Unresolved];
}
