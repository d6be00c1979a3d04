using System.Diagnostics;
using System.Globalization;

namespace QualityAnalytics.Pipeline.Audio.Decoding;

/// <summary>Anything the managed decoders do not cover (FLAC, ADPCM/GSM WAV, AAC...) through the ffmpeg CLI, piped as f32le.</summary>
/// <remarks>A plain process rather than FFMpegCore: two fixed command lines, and the pipe is read block by block so a
/// long file is never buffered whole. ffprobe first tells the channel count and rate, so channel roles and the real
/// duration are judged on the file as recorded, exactly as for the managed formats.</remarks>
internal sealed class FfmpegPcmSource : IPcmSource
{
    private readonly Process process;
    private readonly Stream pipe;
    private readonly System.Text.StringBuilder errors = new();
    private byte[] bytes = [];
    private int carry;
    private long produced;

    private FfmpegPcmSource(Process process, int sampleRate, int channels)
    {
        this.process = process;
        pipe = process.StandardOutput.BaseStream;
        SampleRate = sampleRate;
        Channels = channels;
    }

    public int SampleRate { get; }

    public int Channels { get; }

    public long? DeclaredFrames => null;

    /// <summary>The codec ffprobe reported, for messages.</summary>
    public string Codec { get; private init; } = "?";

    public static FfmpegPcmSource Open(string path, FfmpegTools tools, string formatName)
    {
        if (!tools.IsAvailable)
        {
            throw AudioRejections.FfmpegMissing(formatName);
        }

        var (rate, channels, codec) = Probe(path, tools);
        if (channels is < 1 or > 2)
        {
            throw AudioRejections.BadChannels(channels);
        }

        if (rate is < AudioLimits.MinSampleRate or > AudioLimits.MaxSampleRate)
        {
            throw AudioRejections.BadSampleRate(rate);
        }

        var start = new ProcessStartInfo(tools.Ffmpeg)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { "-nostdin", "-v", "error", "-i", path, "-map", "0:a:0", "-f", "f32le", "-acodec", "pcm_f32le", "pipe:1" })
        {
            start.ArgumentList.Add(arg);
        }

        var process = Process.Start(start) ?? throw AudioRejections.FfmpegMissing(formatName);
        var source = new FfmpegPcmSource(process, rate, channels) { Codec = codec };

        // Drain stderr so a chatty decoder never blocks on a full pipe; keep the start for the reason file.
        process.ErrorDataReceived += (_, e) =>
        {
            lock (source.errors)
            {
                if (e.Data is not null && source.errors.Length < 2000)
                {
                    source.errors.AppendLine(e.Data);
                }
            }
        };
        process.BeginErrorReadLine();
        return source;
    }

    public int Read(Span<float> buffer)
    {
        var wantedBytes = (buffer.Length - (buffer.Length % Channels)) * 4;
        if (bytes.Length < wantedBytes)
        {
            var grown = new byte[wantedBytes];
            bytes.AsSpan(0, carry).CopyTo(grown);
            bytes = grown;
        }

        var total = carry + pipe.ReadAtLeast(bytes.AsSpan(carry, wantedBytes - carry), wantedBytes - carry, throwOnEndOfStream: false);
        var frameBytes = Channels * 4;
        var usable = total - (total % frameBytes);
        SampleConversions.FromFloat(bytes.AsSpan(0, usable), buffer[..(usable / 4)], 4);
        carry = total - usable;
        bytes.AsSpan(usable, carry).CopyTo(bytes);
        produced += usable;
        if (usable == 0 && produced == 0)
        {
            ThrowIfFailed();
        }

        return usable / 4;
    }

    public void Dispose()
    {
        try
        {
            if (!process.HasExited)
            {
                process.Kill();
            }
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }

        process.Dispose();
    }

    /// <summary>ffmpeg that produced nothing and exited non-zero could not decode the codec at all.</summary>
    private void ThrowIfFailed()
    {
        process.WaitForExit();
        if (process.ExitCode == 0)
        {
            return;
        }

        string detail;
        lock (errors)
        {
            detail = errors.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault() ?? "";
        }

        throw AudioRejections.UnsupportedCodec($"кодек {Codec} не декодируется (ffmpeg: {detail})");
    }

    private static (int Rate, int Channels, string Codec) Probe(string path, FfmpegTools tools)
    {
        var output = FfmpegTools.Run(tools.Ffprobe, ["-v", "error", "-select_streams", "a:0", "-show_entries",
            "stream=sample_rate,channels,codec_name", "-of", "default=noprint_wrappers=1", path]);
        var fields = output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(l => l.Split('=', 2))
            .Where(p => p.Length == 2)
            .ToDictionary(p => p[0], p => p[1]);
        if (!fields.TryGetValue("sample_rate", out var rateText) || !fields.TryGetValue("channels", out var channelText))
        {
            throw AudioRejections.Unreadable("ffprobe не нашёл в файле аудиопоток: это не аудиозапись или она повреждена");
        }

        var rate = int.TryParse(rateText, NumberStyles.Integer, CultureInfo.InvariantCulture, out var r) ? r : 0;
        var channels = int.TryParse(channelText, NumberStyles.Integer, CultureInfo.InvariantCulture, out var c) ? c : 0;
        return (rate, channels, fields.GetValueOrDefault("codec_name", "?"));
    }
}
