namespace QualityAnalytics.Pipeline.Scoring.Script;

/// <summary>An operator acting on the caller's account or application, in so many words: first-person forms only
/// («сбросила пароль», «снимаю блокировку»), matched exactly, so «сбросить пароль можно в профиле» tells the caller what
/// to do and is no action.</summary>
public sealed class ActionsOnBehalf
{
    public List<string> Phrases { get; set; } = [];

    /// <summary>Words that make a turn no action taken: the operator cannot, may not, or will only later.</summary>
    public List<string> Unless { get; set; } = [];
}
