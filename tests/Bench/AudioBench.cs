using System.Diagnostics;
using System.Globalization;
using QualityAnalytics.Pipeline.Audio;
using QualityAnalytics.Pipeline.Audio.Decoding;

namespace QualityAnalytics.Bench;

/// <summary>`scripts/bench audio`: decode + resample to 16 kHz in-process vs the ffmpeg CLI, and Silero VAD speed.</summary>
/// <remarks>
/// The input is a two-speaker call synthesized with espeak-ng (Russian) and sox, 5 minutes long, written in the
/// formats calls arrive in. Each file is decoded <see cref="Repeats"/> times both ways, the two ways alternating run by
/// run so that load from other work on a shared machine falls on both alike; the median wall time of each counts.
/// The ffmpeg side is what a pipeline shelling out would pay per file: process start, decode, resample to 16 kHz
/// float, output discarded. Targets from issue 4: in-process at least 2× faster; VAD at least 100× realtime.
/// </remarks>
public sealed class AudioBench : IBenchSuite
{
    private const int Repeats = 7;
    private const double CallSeconds = 300;

    public string Name => "audio";

    public string Description => "decode+resample in-process vs ffmpeg CLI (ratio), Silero VAD × realtime";

    public async Task<int> RunAsync(string[] args)
    {
        var folder = Path.Combine(Path.GetTempPath(), "qa-bench-audio");
        Directory.CreateDirectory(folder);
        var master = BenchAudio.MakeCall(folder, CallSeconds);
        var files = BenchAudio.Formats(folder, master);

        Console.WriteLine($"Audio bench: {CallSeconds:0} s stereo call, {Repeats} runs each, median wall time; {Environment.ProcessorCount} cores");
        Console.WriteLine();
        Console.WriteLine($"{"file",-22} {"in-process ms",14} {"ffmpeg CLI ms",14} {"ratio",7}");
        var decoder = new RecordingDecoder(new FfmpegTools(), long.MaxValue);
        var ratios = new List<double>();
        foreach (var (name, path) in files)
        {
            var (inProcess, cli) = MedianPair(
                () =>
                {
                    using var decoded = decoder.Decode(path, CancellationToken.None);
                },
                () => BenchAudio.FfmpegDecode(path));
            var ratio = cli / inProcess;
            ratios.Add(ratio);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name,-22} {inProcess,14:0.0} {cli,14:0.0} {ratio,6:0.0}×"));
        }

        Console.WriteLine();
        var vadRealtime = MeasureVad(decoder, files.First(f => f.Name.StartsWith("mulaw", StringComparison.Ordinal)).Path);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{"Silero VAD (1 thread)",-22} {vadRealtime.Seconds,10:0.0} s of channel audio in {vadRealtime.WallMs,8:0} ms = {vadRealtime.Realtime:0}× realtime"));

        var worst = ratios.Min();
        Console.WriteLine();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"decode target ≥ 2× faster than ffmpeg CLI: worst {worst:0.0}× {(worst >= 2 ? "MET" : "NOT MET")}; VAD target ≥ 100× realtime: {vadRealtime.Realtime:0}× {(vadRealtime.Realtime >= 100 ? "MET" : "NOT MET")}"));
        await Task.CompletedTask;
        return worst >= 2 && vadRealtime.Realtime >= 100 ? 0 : 1;
    }

    private static (double Seconds, double WallMs, double Realtime) MeasureVad(RecordingDecoder decoder, string path)
    {
        using var decoded = decoder.Decode(path, CancellationToken.None);
        using var vad = new VoiceActivityDetector(new AudioOptions());
        _ = vad.Detect(decoded.Channels[0], CancellationToken.None); // load the model outside the timing
        var walls = new List<double>();
        for (var i = 0; i < Repeats; i++)
        {
            var watch = Stopwatch.StartNew();
            foreach (var channel in decoded.Channels)
            {
                _ = vad.Detect(channel, CancellationToken.None);
            }

            walls.Add(watch.Elapsed.TotalMilliseconds);
        }

        var wall = walls.Order().ElementAt(walls.Count / 2);
        var seconds = decoded.DurationS * decoded.Channels.Count;
        return (seconds, wall, seconds / (wall / 1000));
    }

    /// <summary>Median wall times of two actions run alternately (a, b, a, b, …) after one warm-up run of each.</summary>
    private static (double A, double B) MedianPair(Action a, Action b)
    {
        a(); // warm-up: JIT, file cache
        b();
        var timesA = new List<double>();
        var timesB = new List<double>();
        for (var i = 0; i < Repeats; i++)
        {
            timesA.Add(Time(a));
            timesB.Add(Time(b));
        }

        return (timesA.Order().ElementAt(Repeats / 2), timesB.Order().ElementAt(Repeats / 2));
    }

    private static double Time(Action action)
    {
        var watch = Stopwatch.StartNew();
        action();
        return watch.Elapsed.TotalMilliseconds;
    }
}
