namespace QualityAnalytics.Pipeline.Tests.Audio.Fixtures;

/// <summary>The synthesized call in every format and rate the decoder supports, produced by sox or ffmpeg.</summary>
internal static class Formats
{
    private static readonly Dictionary<string, (string Tool, Func<string, string, string[]> Command)> Table = new()
    {
        ["pcm16-8k.wav"] = ("sox", (i, o) => [i, "-r", "8000", "-e", "signed", "-b", "16", o]),
        ["pcm16-16k.wav"] = ("sox", (i, o) => [i, "-e", "signed", "-b", "16", o]),
        ["pcm16-44k.wav"] = ("sox", (i, o) => [i, "-r", "44100", "-e", "signed", "-b", "16", o]),
        ["pcm16-48k.wav"] = ("sox", (i, o) => [i, "-r", "48000", "-e", "signed", "-b", "16", o]),
        ["pcm8-11k.wav"] = ("sox", (i, o) => [i, "-r", "11025", "-e", "unsigned", "-b", "8", o]),
        ["pcm24-22k.wav"] = ("sox", (i, o) => [i, "-r", "22050", "-e", "signed", "-b", "24", o]),
        ["pcm32-32k.wav"] = ("sox", (i, o) => [i, "-r", "32000", "-e", "signed", "-b", "32", o]),
        ["float32-24k.wav"] = ("sox", (i, o) => [i, "-r", "24000", "-e", "floating-point", "-b", "32", o]),
        ["mulaw-8k.wav"] = ("sox", (i, o) => [i, "-r", "8000", "-e", "u-law", "-b", "8", o]),
        ["alaw-8k.wav"] = ("sox", (i, o) => [i, "-r", "8000", "-e", "a-law", "-b", "8", o]),
        ["mp3-8k.mp3"] = ("ffmpeg", (i, o) => ["-v", "error", "-i", i, "-ar", "8000", "-c:a", "libmp3lame", "-b:a", "24k", "-f", "mp3", o]),
        ["mp3-44k.mp3"] = ("ffmpeg", (i, o) => ["-v", "error", "-i", i, "-ar", "44100", "-c:a", "libmp3lame", "-b:a", "64k", "-f", "mp3", o]),
        ["vorbis-16k.ogg"] = ("ffmpeg", (i, o) => ["-v", "error", "-i", i, "-c:a", "libvorbis", "-q:a", "3", "-f", "ogg", o]),
        // Pages of 20 ms instead of 1 s: nearly every packet starts a page, so a decoder can join before any of them.
        ["vorbis-16k-short-pages.ogg"] = ("ffmpeg", (i, o) => ["-v", "error", "-i", i, "-c:a", "libvorbis", "-q:a", "3", "-page_duration", "20000", "-f", "ogg", o]),
        ["vorbis-8k.ogg"] = ("ffmpeg", (i, o) => ["-v", "error", "-i", i, "-ar", "8000", "-c:a", "libvorbis", "-q:a", "0", "-f", "ogg", o]),
        // 64 kbit/s: at lower rates Opus codes the two sides jointly and one voice leaks into the other channel.
        ["opus-48k.opus"] = ("ffmpeg", (i, o) => ["-v", "error", "-i", i, "-c:a", "libopus", "-b:a", "64k", "-f", "ogg", o]),
        ["flac-8k.flac"] = ("sox", (i, o) => [i, "-r", "8000", "-t", "flac", o]),
        ["adpcm-8k.wav"] = ("ffmpeg", (i, o) => ["-v", "error", "-i", i, "-ar", "8000", "-c:a", "adpcm_ima_wav", "-f", "wav", o]),

        // An MP3 saved under a .wav name: the decoder must go by content, not by name.
        ["mp3-named.wav"] = ("ffmpeg", (i, o) => ["-v", "error", "-i", i, "-ar", "16000", "-c:a", "libmp3lame", "-b:a", "32k", "-f", "mp3", o]),
    };

    public static string Path(SyntheticCall call, string name)
    {
        var (tool, command) = Table[name];
        return call.As(name, command, tool);
    }
}
