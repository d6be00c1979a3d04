using Spectre.Console.Cli;

namespace QualityAnalytics.Jobs.Cli;

/// <summary>The `qa` command tree. Each command lives in its own file; only commands that work are registered.</summary>
public static class QaCommandLine
{
    public static CommandApp Create()
    {
        var app = new CommandApp();
        app.Configure(config =>
        {
            config.SetApplicationName("qa");
        });
        return app;
    }
}
