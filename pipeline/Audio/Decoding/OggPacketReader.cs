using System.Buffers.Binary;

namespace QualityAnalytics.Pipeline.Audio.Decoding;

/// <summary>Minimal Ogg demuxer: the packets of the first logical stream, with the granule of the page they end on.</summary>
/// <remarks>Concentus decodes Opus packets but ships no Ogg container reader; this is the ~RFC 3533 subset Opus needs.</remarks>
internal sealed class OggPacketReader(Stream stream)
{
    private readonly Queue<OggPacket> ready = new();
    private readonly MemoryStream partial = new();
    private int? serial;

    /// <summary>The next packet, or null at the end of the stream (or where the file is cut off).</summary>
    public OggPacket? Next()
    {
        while (ready.Count == 0)
        {
            if (!ReadPage())
            {
                return null;
            }
        }

        return ready.Dequeue();
    }

    private bool ReadPage()
    {
        Span<byte> header = stackalloc byte[27];
        if (stream.ReadAtLeast(header, 27, throwOnEndOfStream: false) < 27
            || header[0] != 'O' || header[1] != 'g' || header[2] != 'g' || header[3] != 'S')
        {
            return false;
        }

        var flags = header[5];
        var granule = BinaryPrimitives.ReadInt64LittleEndian(header[6..]);
        var pageSerial = BinaryPrimitives.ReadInt32LittleEndian(header[14..]);
        var segments = header[26];
        var lacing = new byte[segments];
        if (stream.ReadAtLeast(lacing, segments, throwOnEndOfStream: false) < segments)
        {
            return false;
        }

        var bodyLength = lacing.Sum(l => l);
        var body = new byte[bodyLength];
        if (stream.ReadAtLeast(body, bodyLength, throwOnEndOfStream: false) < bodyLength)
        {
            return false;
        }

        serial ??= pageSerial;
        if (pageSerial != serial)
        {
            return true;
        }

        var isLast = (flags & 0x04) != 0;
        var offset = 0;
        for (var i = 0; i < segments; i++)
        {
            partial.Write(body, offset, lacing[i]);
            offset += lacing[i];
            if (lacing[i] < 255)
            {
                ready.Enqueue(new OggPacket(partial.ToArray(), granule, isLast));
                partial.SetLength(0);
            }
        }

        return true;
    }
}
