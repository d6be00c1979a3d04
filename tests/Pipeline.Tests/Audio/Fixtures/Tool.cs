using System.Diagnostics;

namespace QualityAnalytics.Pipeline.Tests.Audio.Fixtures;

/// <summary>Runs espeak-ng, sox, ffmpeg for fixture generation; fails the test with the tool's stderr when it fails.</summary>
internal static class Tool
{
    public static string Run(string tool, params string[] args)
    {
        var start = new ProcessStartInfo(tool)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{tool} did not start");
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{tool} {string.Join(' ', args)} failed: {stderr.Result}");
        }

        return stdout;
    }

    public static bool Exists(string tool)
    {
        try
        {
            Run(tool, tool == "sox" ? "--version" : tool == "espeak-ng" ? "--version" : "-version");
            return true;
        }
        catch (Exception e) when (e is InvalidOperationException or System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }

    /// <summary>Skips (inconclusive) when the generators are not installed; scripts/test installs them on CI.</summary>
    public static void RequireGenerators()
    {
        foreach (var tool in new[] { "espeak-ng", "sox", "ffmpeg" })
        {
            if (!Exists(tool))
            {
                Assert.Inconclusive($"{tool} is not installed (apt-get install espeak-ng sox ffmpeg)");
            }
        }
    }
}
