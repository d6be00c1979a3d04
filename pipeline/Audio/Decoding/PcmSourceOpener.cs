namespace QualityAnalytics.Pipeline.Audio.Decoding;

/// <summary>Picks a decoder by the file's first bytes, never by its extension (recordings are often misnamed).</summary>
internal static class PcmSourceOpener
{
    public static IPcmSource Open(string path, FfmpegTools ffmpeg)
    {
        var info = new FileInfo(path);
        if (!info.Exists)
        {
            throw new Ingest.InputRejectedException(AudioRejections.MissingCode, $"файл записи не найден: {info.Name}");
        }

        if (info.Length == 0)
        {
            throw AudioRejections.Empty("файл записи пустой (0 байт)");
        }

        var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        try
        {
            var head = new byte[64];
            var n = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
            stream.Position = 0;
            var kind = Sniff(head.AsSpan(0, n));
            return kind switch
            {
                ContainerKind.Wav => OpenWav(stream, path, ffmpeg),
                ContainerKind.Mp3 => Mp3PcmSource.Open(stream),
                ContainerKind.OggVorbis => VorbisPcmSource.Open(stream),
                ContainerKind.OggOpus => OpusPcmSource.Open(stream),
                ContainerKind.Flac => ViaFfmpeg(stream, path, ffmpeg, "FLAC"),
                _ => ViaFfmpegUnknown(stream, path, ffmpeg),
            };
        }
        catch
        {
            stream.Dispose();
            throw;
        }
    }

    internal static ContainerKind Sniff(ReadOnlySpan<byte> head)
    {
        if (head.Length >= 12 && (head[..4].SequenceEqual("RIFF"u8) || head[..4].SequenceEqual("RF64"u8)) && head[8..12].SequenceEqual("WAVE"u8))
        {
            return ContainerKind.Wav;
        }

        if (head.Length >= 4 && head[..4].SequenceEqual("fLaC"u8))
        {
            return ContainerKind.Flac;
        }

        if (head.Length >= 36 && head[..4].SequenceEqual("OggS"u8))
        {
            // The first packet starts right after the 27-byte header and its lacing table.
            var body = head[(27 + head[26])..];
            return body.StartsWith("OpusHead"u8) ? ContainerKind.OggOpus
                : body.Length > 7 && body[0] == 1 && body[1..7].SequenceEqual("vorbis"u8) ? ContainerKind.OggVorbis
                : ContainerKind.Unknown;
        }

        if (head.Length >= 3 && head[..3].SequenceEqual("ID3"u8))
        {
            return ContainerKind.Mp3;
        }

        // An MPEG audio frame header: 11 sync bits, a real version, layer III, a real bitrate and rate index.
        if (head.Length >= 4 && head[0] == 0xFF && (head[1] & 0xE0) == 0xE0 && ((head[1] >> 3) & 3) != 1
            && ((head[1] >> 1) & 3) == 1 && (head[2] >> 4) is not (0 or 15) && ((head[2] >> 2) & 3) != 3)
        {
            return ContainerKind.Mp3;
        }

        return ContainerKind.Unknown;
    }

    private static IPcmSource OpenWav(FileStream stream, string path, FfmpegTools ffmpeg)
    {
        try
        {
            return WavPcmSource.Open(stream);
        }
        catch (Ingest.InputRejectedException e) when (e.ReasonCode == AudioRejections.UnsupportedCodecCode && ffmpeg.IsAvailable)
        {
            // ADPCM, GSM 6.10 and friends: ffmpeg knows them. When it does not either, the codec is the reason.
            try
            {
                return ViaFfmpeg(stream, path, ffmpeg, "WAV");
            }
            catch (Ingest.InputRejectedException)
            {
                throw e;
            }
        }
    }

    private static IPcmSource ViaFfmpeg(FileStream stream, string path, FfmpegTools ffmpeg, string format)
    {
        stream.Dispose();
        return FfmpegPcmSource.Open(path, ffmpeg, format);
    }

    private static IPcmSource ViaFfmpegUnknown(FileStream stream, string path, FfmpegTools ffmpeg)
    {
        stream.Dispose();
        if (!ffmpeg.IsAvailable)
        {
            throw AudioRejections.Unreadable("формат файла не распознан (не WAV, MP3, Ogg или FLAC), а ffmpeg для прочих форматов не установлен");
        }

        return FfmpegPcmSource.Open(path, ffmpeg, "неизвестный");
    }
}
