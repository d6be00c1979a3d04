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
    private const int WarmUps = 3;
    private const double CallSeconds = 300;

    public string Name => "audio";

    public string Description => "decode+resample in-process vs ffmpeg CLI (ratio), Silero VAD × realtime";

    public async Task<int> RunAsync(string[] args)
    {
        var folder = Path.Combine(Path.GetTempPath(), "qa-bench-audio");
        Directory.CreateDirectory(folder);
        var master = BenchAudio.MakeCall(folder, CallSeconds);
        var files = BenchAudio.Formats(folder, master);

        Console.WriteLine($"Audio bench: {CallSeconds:0} s stereo call, {Repeats} runs each after {WarmUps} warm-ups, median wall time; {Environment.ProcessorCount} cores");
        Console.WriteLine();
        Console.WriteLine($"{"file",-22} {"in-process ms",14} {"ffmpeg CLI ms",14} {"ratio",7} {"decoder alone ms",17} {"ceiling",8}");
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

            // The decoding library alone, one pass on one core, no resampling: half of it is the least two cores
            // can take, so cli / (alone / 2) bounds the ratio any split of this file could reach.
            var alone = Median(() => decoder.MeasureDuration(path, CancellationToken.None));
            var ceiling = cli / (alone / 2);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name,-22} {inProcess,14:0.0} {cli,14:0.0} {ratio,6:0.0}× {alone,17:0.0} {ceiling,7:0.0}×"));
        }

        Console.WriteLine();
        var vadRealtime = MeasureVad(decoder, files.First(f => f.Name.StartsWith("mulaw", StringComparison.Ordinal)).Path);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{"Silero VAD (1 thread)",-22} {vadRealtime.Seconds,10:0.0} s of channel audio in {vadRealtime.WallMs,8:0} ms = {vadRealtime.Realtime:0}× realtime"));

        var worst = ratios.Min();
        Console.WriteLine();
        Console.WriteLine("ceiling: ffmpeg CLI time over half the decoder-alone time — the best ratio two cores could give that file");
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

    /// <summary>Median wall times of two actions run alternately (a, b, a, b, …) after warm-up runs of each.</summary>
    /// <remarks>A nightly batch decodes call after call, so the in-process figure is the steady state: the runtime
    /// compiles a method quickly first and optimised after some calls, which for a short decode takes a few runs.</remarks>
    private static (double A, double B) MedianPair(Action a, Action b)
    {
        for (var i = 0; i < WarmUps; i++)
        {
            a(); // JIT tiers, file cache
            b();
        }

        var timesA = new List<double>();
        var timesB = new List<double>();
        for (var i = 0; i < Repeats; i++)
        {
            timesA.Add(Time(a));
            timesB.Add(Time(b));
        }

        return (timesA.Order().ElementAt(Repeats / 2), timesB.Order().ElementAt(Repeats / 2));
    }

    /// <summary>Median wall time of an action over <see cref="Repeats"/> runs, after warm-up runs.</summary>
    private static double Median(Action action)
    {
        for (var i = 0; i < WarmUps; i++)
        {
            action();
        }

        return Enumerable.Range(0, Repeats).Select(_ => Time(action)).Order().ElementAt(Repeats / 2);
    }

    private static double Time(Action action)
    {
        var watch = Stopwatch.StartNew();
        action();
        return watch.Elapsed.TotalMilliseconds;
    }
}
