using System.Diagnostics;
using System.Globalization;

namespace QualityAnalytics.Bench;

/// <summary>Builds the audio bench's input with espeak-ng and sox, and runs the ffmpeg CLI side.</summary>
internal static class BenchAudio
{
    private static readonly string[] Phrases =
    [
        "Здравствуйте, Госуслуги, оператор Анна, чем могу помочь?",
        "Добрый день. Я хочу узнать статус заявления на пенсию.",
        "Назовите, пожалуйста, вашу фамилию, имя и отчество.",
        "Иванов Иван Петрович. Заявление подавал в прошлом месяце.",
        "Спасибо. Ваше заявление принято и сейчас рассматривается.",
        "А сколько ещё ждать? Мне говорили, что десять рабочих дней.",
    ];

    /// <summary>A stereo 16 kHz call of the given length: phrases alternate sides with pauses, as in a real call.</summary>
    public static string MakeCall(string folder, double seconds)
    {
        var master = Path.Combine(folder, $"call-{seconds:0}s.wav");
        if (File.Exists(master))
        {
            return master;
        }

        var sides = new[] { new List<string>(), new List<string>() };
        for (var i = 0; i < Phrases.Length; i++)
        {
            var raw = Path.Combine(folder, $"p{i}.wav");
            Run("espeak-ng", "-v", "ru", "-w", raw, Phrases[i]);
            var mono = Path.Combine(folder, $"p{i}-16k.wav");
            Run("sox", raw, "-r", "16000", "-b", "16", mono, "pad", "0", "0.8");
            var silent = Path.Combine(folder, $"p{i}-silent.wav");
            Run("sox", mono, silent, "vol", "0");

            // Phrase i is voiced on side i % 2 and silent (same length) on the other, so both sides stay aligned.
            sides[i % 2].Add(mono);
            sides[1 - (i % 2)].Add(silent);
        }

        var channels = new string[2];
        for (var c = 0; c < 2; c++)
        {
            var once = Path.Combine(folder, $"side{c}-once.wav");
            Run("sox", [.. sides[c], once]);
            var repeated = Path.Combine(folder, $"side{c}.wav");
            Run("sox", once, repeated, "repeat", "100", "trim", "0", seconds.ToString(CultureInfo.InvariantCulture));
            channels[c] = repeated;
        }

        Run("sox", "-M", channels[0], channels[1], master);
        return master;
    }

    public static IReadOnlyList<(string Name, string Path)> Formats(string folder, string master)
    {
        var table = new (string Name, string Tool, string[] Args)[]
        {
            ("mulaw-8k.wav", "sox", ["-r", "8000", "-e", "u-law", "-b", "8"]),
            ("pcm16-44k.wav", "sox", ["-r", "44100", "-e", "signed", "-b", "16"]),
            ("mp3-8k.mp3", "ffmpeg", ["-ar", "8000", "-c:a", "libmp3lame", "-b:a", "24k"]),
            ("vorbis-16k.ogg", "ffmpeg", ["-c:a", "libvorbis", "-q:a", "3"]),
            ("opus-48k.opus", "ffmpeg", ["-c:a", "libopus", "-b:a", "32k"]),
        };
        var files = new List<(string, string)>();
        foreach (var (name, tool, args) in table)
        {
            var path = Path.Combine(folder, name);
            if (!File.Exists(path))
            {
                if (tool == "sox")
                {
                    Run("sox", [master, .. args, path]);
                }
                else
                {
                    Run("ffmpeg", ["-v", "error", "-y", "-i", master, .. args, path]);
                }
            }

            files.Add((name, path));
        }

        return files;
    }

    /// <summary>What shelling out costs: start ffmpeg, decode, resample to 16 kHz float, discard.</summary>
    public static void FfmpegDecode(string path) =>
        Run("ffmpeg", "-nostdin", "-v", "error", "-i", path, "-ar", "16000", "-f", "f32le", "-y", "/dev/null");

    private static void Run(string tool, params string[] args)
    {
        var start = new ProcessStartInfo(tool) { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var a in args)
        {
            start.ArgumentList.Add(a);
        }

        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{tool} failed: {stderr.Result}");
        }
    }
}
