using System.Buffers.Binary;

namespace QualityAnalytics.Pipeline.Audio.Decoding;

/// <summary>The pages of an Ogg file's first logical stream: where each begins, its granule position and whether it
/// opens with the tail of a packet from the page before. Read from the page headers alone (bodies are skipped), so a
/// decoder can be started at a page in the middle.</summary>
internal static class OggPageIndex
{
    public static List<OggPageEntry> Scan(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 12);
        var pages = new List<OggPageEntry>();
        Span<byte> header = stackalloc byte[27];
        Span<byte> lacing = stackalloc byte[255];
        int? serial = null;
        var length = stream.Length;
        while (true)
        {
            var position = stream.Position;
            if (stream.ReadAtLeast(header, 27, throwOnEndOfStream: false) < 27 || !header[..4].SequenceEqual("OggS"u8))
            {
                return pages;
            }

            var segments = header[26];
            if (stream.ReadAtLeast(lacing[..segments], segments, throwOnEndOfStream: false) < segments)
            {
                return pages;
            }

            var body = 0;
            foreach (var l in lacing[..segments])
            {
                body += l;
            }

            var next = position + 27 + segments + body;
            if (next > length)
            {
                // A page cut off by the end of the file: the packet reader stops before it too.
                return pages;
            }

            var pageSerial = BinaryPrimitives.ReadInt32LittleEndian(header[14..]);
            serial ??= pageSerial;
            if (pageSerial == serial)
            {
                pages.Add(new OggPageEntry(position, BinaryPrimitives.ReadInt64LittleEndian(header[6..]), (header[5] & 1) != 0));
            }

            stream.Position = next;
        }
    }
}
