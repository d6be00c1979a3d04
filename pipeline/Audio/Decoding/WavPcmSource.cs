using NAudio.Codecs;
using NAudio.Wave;

namespace QualityAnalytics.Pipeline.Audio.Decoding;

/// <summary>WAV (RIFF/RF64) through NAudio's chunk reader: PCM 8/16/24/32-bit, IEEE float, G.711 mu-law and A-law.</summary>
/// <remarks>NAudio keeps the header's data length even when the file is shorter (a truncated upload, a writer that never
/// patched the size); reading simply stops at the end of the file, and the caller compares with <see cref="DeclaredFrames"/>.
/// <para>Frames sit at fixed byte offsets, so a second reader joins anywhere exactly: converting samples is cheap, but
/// resampling 44.1 or 48 kHz down to 16 kHz is not, and the halves of a long recording resample on two cores.</para></remarks>
internal sealed class WavPcmSource : ISplittablePcmSource
{
    private static readonly Guid PcmSubFormat = new("00000001-0000-0010-8000-00aa00389b71");
    private static readonly Guid FloatSubFormat = new("00000003-0000-0010-8000-00aa00389b71");
    private static readonly Guid MuLawSubFormat = new("00000007-0000-0010-8000-00aa00389b71");
    private static readonly Guid ALawSubFormat = new("00000006-0000-0010-8000-00aa00389b71");

    private readonly FileStream file;
    private readonly WaveFileReader reader;
    private readonly SampleKind kind;
    private readonly int bytesPerSample;
    private readonly long dataStart;
    private byte[] bytes = [];

    private WavPcmSource(FileStream file, WaveFileReader reader, SampleKind kind, int bytesPerSample)
    {
        this.file = file;
        this.reader = reader;
        // The reader's position 0 is the first byte of the data chunk: where the stream stands then is its offset.
        reader.Position = 0;
        dataStart = file.Position;
        this.kind = kind;
        this.bytesPerSample = bytesPerSample;
        SampleRate = reader.WaveFormat.SampleRate;
        Channels = reader.WaveFormat.Channels;
        DeclaredFrames = reader.WaveFormat.BlockAlign > 0 ? reader.Length / reader.WaveFormat.BlockAlign : null;
    }

    private enum SampleKind
    {
        Pcm,
        Float,
        MuLaw,
        ALaw,
    }

    public int SampleRate { get; }

    public int Channels { get; }

    public long? DeclaredFrames { get; }

    public static WavPcmSource Open(FileStream stream)
    {
        WaveFileReader reader;
        try
        {
            reader = new WaveFileReader(stream);
        }
        catch (DivideByZeroException)
        {
            // NAudio divides by the frame size while opening: a zero block means zero channels (or zero-bit samples).
            throw new Ingest.InputRejectedException(AudioRejections.BadChannelsCode, "WAV: размер кадра 0 байт (0 каналов или 0 бит на отсчёт)");
        }
        catch (Exception e) when (e is FormatException or EndOfStreamException or InvalidDataException or ArgumentException)
        {
            throw AudioRejections.Unreadable($"WAV-заголовок не читается: {e.Message}", e);
        }

        try
        {
            var format = reader.WaveFormat;
            if (format.Channels is < 1 or > 2)
            {
                throw AudioRejections.BadChannels(format.Channels);
            }

            if (format.SampleRate is < AudioLimits.MinSampleRate or > AudioLimits.MaxSampleRate)
            {
                throw AudioRejections.BadSampleRate(format.SampleRate);
            }

            var (kind, bits) = Classify(format);
            if (bits <= 0 || format.BlockAlign != format.Channels * (bits / 8))
            {
                throw AudioRejections.UnsupportedCodec($"WAV: несогласованный формат ({format.Encoding}, {bits} бит, блок {format.BlockAlign} байт)");
            }

            return new WavPcmSource(stream, reader, kind, bits / 8);
        }
        catch
        {
            reader.Dispose();
            throw;
        }
    }

    public int Read(Span<float> buffer)
    {
        var frames = buffer.Length / Math.Max(1, Channels);
        var wanted = frames * Channels * bytesPerSample;
        if (bytes.Length < wanted)
        {
            bytes = new byte[wanted];
        }

        var got = ReadWholeBlocks(wanted);
        var samples = got / bytesPerSample;
        Convert(bytes.AsSpan(0, samples * bytesPerSample), buffer[..samples]);
        return samples;
    }

    /// <summary>The frames the file really holds: the header's count, or fewer when the file is cut short.</summary>
    public long? FramesIfKnown()
    {
        var block = Channels * bytesPerSample;
        return Math.Min(DeclaredFrames ?? long.MaxValue, Math.Max(0, file.Length - dataStart) / block);
    }

    public IPcmSource OpenFrom(long startFrame)
    {
        var stream = new FileStream(file.Name, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        try
        {
            var other = Open(stream);
            other.reader.Position = startFrame * Channels * bytesPerSample;
            return other;
        }
        catch
        {
            stream.Dispose();
            throw;
        }
    }

    public void Dispose()
    {
        // NAudio's reader leaves a stream it was handed open.
        reader.Dispose();
        file.Dispose();
    }

    private static (SampleKind Kind, int Bits) Classify(WaveFormat format)
    {
        var encoding = format.Encoding;
        if (encoding == WaveFormatEncoding.Extensible)
        {
            var subFormat = SubFormatOf(format);
            encoding = subFormat == PcmSubFormat ? WaveFormatEncoding.Pcm
                : subFormat == FloatSubFormat ? WaveFormatEncoding.IeeeFloat
                : subFormat == MuLawSubFormat ? WaveFormatEncoding.MuLaw
                : subFormat == ALawSubFormat ? WaveFormatEncoding.ALaw
                : WaveFormatEncoding.Unknown;
        }

        return encoding switch
        {
            WaveFormatEncoding.Pcm when format.BitsPerSample is 8 or 16 or 24 or 32 => (SampleKind.Pcm, format.BitsPerSample),
            WaveFormatEncoding.IeeeFloat when format.BitsPerSample is 32 or 64 => (SampleKind.Float, format.BitsPerSample),
            WaveFormatEncoding.MuLaw when format.BitsPerSample == 8 => (SampleKind.MuLaw, 8),
            WaveFormatEncoding.ALaw when format.BitsPerSample == 8 => (SampleKind.ALaw, 8),
            _ => throw AudioRejections.UnsupportedCodec(
                $"WAV-кодек {format.Encoding} ({format.BitsPerSample} бит) не поддерживается: нужны PCM, float, mu-law или A-law"),
        };
    }

    /// <summary>WAVE_FORMAT_EXTENSIBLE names the real codec by GUID; NAudio's reader hands it over as raw extra bytes.</summary>
    private static Guid? SubFormatOf(WaveFormat format) => format switch
    {
        WaveFormatExtensible extensible => extensible.SubFormat,
        WaveFormatExtraData { ExtraData.Length: >= 22 } extra => new Guid(extra.ExtraData.AsSpan(6, 16)),
        _ => null,
    };

    /// <summary>Reads up to <paramref name="wanted"/> bytes, dropping a trailing partial frame (a file cut mid-frame).</summary>
    private int ReadWholeBlocks(int wanted)
    {
        var total = 0;
        while (total < wanted)
        {
            int n;
            try
            {
                // NAudio insists on block-aligned counts; the remainder logic below keeps it so.
                n = reader.Read(bytes, total, wanted - total);
            }
            catch (ArgumentException)
            {
                break;
            }

            if (n <= 0)
            {
                break;
            }

            total += n;
        }

        var block = Channels * bytesPerSample;
        return total - (total % block);
    }

    private void Convert(ReadOnlySpan<byte> source, Span<float> target)
    {
        switch (kind)
        {
            case SampleKind.MuLaw:
                for (var i = 0; i < target.Length; i++)
                {
                    target[i] = MuLawDecoder.MuLawToLinearSample(source[i]) / 32768f;
                }

                break;
            case SampleKind.ALaw:
                for (var i = 0; i < target.Length; i++)
                {
                    target[i] = ALawDecoder.ALawToLinearSample(source[i]) / 32768f;
                }

                break;
            case SampleKind.Float:
                SampleConversions.FromFloat(source, target, bytesPerSample);
                break;
            default:
                SampleConversions.FromPcm(source, target, bytesPerSample);
                break;
        }
    }
}
