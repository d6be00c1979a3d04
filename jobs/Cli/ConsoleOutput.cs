namespace QualityAnalytics.Jobs.Cli;

internal static class ConsoleOutput
{
    /// <summary>A person is watching: show a progress bar instead of log lines.</summary>
    public static bool IsInteractive => !Console.IsOutputRedirected && !Console.IsErrorRedirected
        && Environment.GetEnvironmentVariable("CI") is null;
}
