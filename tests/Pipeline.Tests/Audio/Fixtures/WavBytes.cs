using System.Buffers.Binary;

namespace QualityAnalytics.Pipeline.Tests.Audio.Fixtures;

/// <summary>Hand-made WAV headers for damaged and hostile files (sox refuses to write lies).</summary>
internal static class WavBytes
{
    public static byte[] Build(ushort formatTag, ushort channels, uint sampleRate, ushort bits, ushort blockAlign, uint declaredDataLength, byte[] data)
    {
        var file = new byte[44 + data.Length];
        var s = file.AsSpan();
        "RIFF"u8.CopyTo(s);
        BinaryPrimitives.WriteUInt32LittleEndian(s[4..], unchecked(36 + declaredDataLength));
        "WAVE"u8.CopyTo(s[8..]);
        "fmt "u8.CopyTo(s[12..]);
        BinaryPrimitives.WriteUInt32LittleEndian(s[16..], 16);
        BinaryPrimitives.WriteUInt16LittleEndian(s[20..], formatTag);
        BinaryPrimitives.WriteUInt16LittleEndian(s[22..], channels);
        BinaryPrimitives.WriteUInt32LittleEndian(s[24..], sampleRate);
        BinaryPrimitives.WriteUInt32LittleEndian(s[28..], unchecked(sampleRate * blockAlign));
        BinaryPrimitives.WriteUInt16LittleEndian(s[32..], blockAlign);
        BinaryPrimitives.WriteUInt16LittleEndian(s[34..], bits);
        "data"u8.CopyTo(s[36..]);
        BinaryPrimitives.WriteUInt32LittleEndian(s[40..], declaredDataLength);
        data.CopyTo(s[44..]);
        return file;
    }

    /// <summary>Low noise, so the bytes are plausible audio and not all zeros.</summary>
    public static byte[] Noise(int length)
    {
        var bytes = new byte[length];
        new Random(7).NextBytes(bytes);
        for (var i = 1; i < bytes.Length; i += 2)
        {
            bytes[i] = (byte)(bytes[i] % 2 == 0 ? 0 : 0xFF);
        }

        return bytes;
    }
}
