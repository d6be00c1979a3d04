using System.Globalization;
using QualityAnalytics.Models.Calls;

namespace QualityAnalytics.Pipeline.Tests.Audio.Fixtures;

/// <summary>A two-speaker call built with espeak-ng (Russian voice) and sox, with a known timeline.</summary>
/// <remarks>Each phrase is synthesized, its leading and trailing silence trimmed by sox, and placed at a chosen time
/// on its speaker's channel, so the truth for every voiced stretch is known to the sample. Built once per test run
/// in a temp folder, then converted into every format the decoder claims to support.</remarks>
internal sealed class SyntheticCall
{
    // One folder, rebuilt from scratch by each test run, so runs do not pile up files in /tmp.
    private static readonly Lazy<SyntheticCall> Shared = new(() => Build(Path.Combine(Path.GetTempPath(), "qa-audio-tests")));

    private SyntheticCall(string folder, string master, IReadOnlyList<Utterance> timeline, double duration)
    {
        Folder = folder;
        MasterPath = master;
        Timeline = timeline;
        DurationS = duration;
    }

    public string Folder { get; }

    /// <summary>Stereo 16 kHz 16-bit WAV, operator on the left.</summary>
    public string MasterPath { get; }

    public IReadOnlyList<Utterance> Timeline { get; }

    public double DurationS { get; }

    public static SyntheticCall Get()
    {
        Tool.RequireGenerators();
        return Shared.Value;
    }

    /// <summary>The call in another format: sox or ffmpeg arguments for the output, cached by name.</summary>
    public string As(string name, Func<string, string, string[]> command, string tool = "sox")
    {
        var path = Path.Combine(Folder, name);
        lock (Shared)
        {
            if (!File.Exists(path))
            {
                var temp = Path.Combine(Folder, "tmp-" + name);
                Tool.Run(tool, command(MasterPath, temp));
                File.Move(temp, path);
            }
        }

        return path;
    }

    public IEnumerable<Utterance> Of(Speaker speaker) => Timeline.Where(u => u.Speaker == speaker);

    private static SyntheticCall Build(string folder)
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }

        Directory.CreateDirectory(folder);
        var script = new (Speaker Speaker, string Text, double Gap)[]
        {
            (Speaker.Operator, "Здравствуйте, Госуслуги, оператор Анна, чем могу помочь?", 0.6),
            (Speaker.Customer, "Добрый день. Я хочу узнать статус заявления на пенсию.", 0.9),
            (Speaker.Operator, "Назовите, пожалуйста, вашу фамилию и дату рождения.", 0.7),

            // Negative gap: the customer starts answering before the operator finishes (overtalk).
            (Speaker.Customer, "Иванов Иван Петрович.", -0.8),
            (Speaker.Operator, "Спасибо. Ваше заявление принято и рассматривается.", 1.8),
        };

        var timeline = new List<Utterance>();
        var cursor = 0.0;
        var pieces = new Dictionary<Speaker, List<string>> { [Speaker.Operator] = [], [Speaker.Customer] = [] };
        for (var i = 0; i < script.Length; i++)
        {
            var (speaker, text, gap) = script[i];
            var raw = Path.Combine(folder, $"u{i}-raw.wav");
            var trimmed = Path.Combine(folder, $"u{i}.wav");
            Tool.Run("espeak-ng", "-v", "ru", "-s", "160", "-w", raw, text);
            Tool.Run("sox", raw, "-r", "16000", "-b", "16", trimmed, "silence", "1", "0.01", "0.5%", "reverse", "silence", "1", "0.01", "0.5%", "reverse");
            var length = double.Parse(Tool.Run("soxi", "-D", trimmed).Trim(), CultureInfo.InvariantCulture);
            var start = Math.Round(cursor + gap, 3);
            var placed = Path.Combine(folder, $"u{i}-placed.wav");
            Tool.Run("sox", trimmed, placed, "pad", start.ToString("0.000", CultureInfo.InvariantCulture));
            pieces[speaker].Add(placed);
            timeline.Add(new Utterance(speaker, start, start + length, text));
            cursor = start + length;
        }

        var duration = Math.Round(cursor + 1.5, 1);
        var channels = new List<string>();
        foreach (var speaker in new[] { Speaker.Operator, Speaker.Customer })
        {
            var silence = Path.Combine(folder, $"{speaker}-silence.wav");
            Tool.Run("sox", "-n", "-r", "16000", "-b", "16", "-c", "1", silence, "trim", "0", duration.ToString("0.000", CultureInfo.InvariantCulture));
            var channel = Path.Combine(folder, $"{speaker}.wav");
            var args = new List<string> { "-m", "-v", "1", silence };
            foreach (var piece in pieces[speaker])
            {
                args.AddRange(["-v", "1", piece]);
            }

            args.AddRange([channel, "trim", "0", duration.ToString("0.000", CultureInfo.InvariantCulture)]);
            Tool.Run("sox", [.. args]);
            channels.Add(channel);
        }

        var master = Path.Combine(folder, "master.wav");
        Tool.Run("sox", "-M", channels[0], channels[1], master);
        return new SyntheticCall(folder, master, timeline, duration);
    }
}
