using System.Buffers.Binary;

namespace QualityAnalytics.Pipeline.Audio.Decoding;

/// <summary>Little-endian integer and float sample words to floats in [-1, 1].</summary>
internal static class SampleConversions
{
    public static void FromPcm(ReadOnlySpan<byte> source, Span<float> target, int bytesPerSample)
    {
        switch (bytesPerSample)
        {
            case 1:
                // 8-bit WAV is the one unsigned PCM width.
                for (var i = 0; i < target.Length; i++)
                {
                    target[i] = (source[i] - 128) / 128f;
                }

                break;
            case 2:
                for (var i = 0; i < target.Length; i++)
                {
                    target[i] = BinaryPrimitives.ReadInt16LittleEndian(source[(i * 2)..]) / 32768f;
                }

                break;
            case 3:
                for (var i = 0; i < target.Length; i++)
                {
                    var o = i * 3;
                    var value = (source[o] << 8) | (source[o + 1] << 16) | (source[o + 2] << 24);
                    target[i] = value / 2147483648f;
                }

                break;
            default:
                for (var i = 0; i < target.Length; i++)
                {
                    target[i] = BinaryPrimitives.ReadInt32LittleEndian(source[(i * 4)..]) / 2147483648f;
                }

                break;
        }
    }

    public static void FromFloat(ReadOnlySpan<byte> source, Span<float> target, int bytesPerSample)
    {
        for (var i = 0; i < target.Length; i++)
        {
            var value = bytesPerSample == 8
                ? (float)BinaryPrimitives.ReadDoubleLittleEndian(source[(i * 8)..])
                : BinaryPrimitives.ReadSingleLittleEndian(source[(i * 4)..]);

            // NaN or runaway values in a float file must not poison VAD or ASR.
            target[i] = float.IsFinite(value) ? Math.Clamp(value, -1f, 1f) : 0f;
        }
    }
}
