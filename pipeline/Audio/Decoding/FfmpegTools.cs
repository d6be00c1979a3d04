using System.ComponentModel;
using System.Diagnostics;

namespace QualityAnalytics.Pipeline.Audio.Decoding;

/// <summary>Where ffmpeg and ffprobe are, and whether they run at all (checked once per process).</summary>
public sealed class FfmpegTools
{
    private readonly Lazy<bool> available;

    public FfmpegTools(string ffmpeg = "ffmpeg", string ffprobe = "ffprobe")
    {
        Ffmpeg = ffmpeg;
        Ffprobe = ffprobe;
        available = new Lazy<bool>(() => Runs(ffprobe) && Runs(ffmpeg));
    }

    public string Ffmpeg { get; }

    public string Ffprobe { get; }

    public bool IsAvailable => available.Value;

    /// <summary>Runs a tool to completion and returns its stdout; empty when it cannot start.</summary>
    internal static string Run(string tool, IEnumerable<string> args)
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

        try
        {
            using var process = Process.Start(start);
            if (process is null)
            {
                return "";
            }

            var stderr = process.StandardError.ReadToEndAsync();
            var output = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            _ = stderr.Result;
            return output;
        }
        catch (Win32Exception)
        {
            return "";
        }
    }

    private static bool Runs(string tool) => Run(tool, ["-version"]).Length > 0;
}
