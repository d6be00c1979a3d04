using System.Buffers.Binary;

namespace QualityAnalytics.Pipeline.Audio.Decoding;

/// <summary>Where each page of an Ogg file's first logical stream begins, and its granule position: read from the page
/// headers alone (bodies are skipped), so a decoder can be started at a page in the middle.</summary>
internal static class OggPageIndex
{
    /// <summary>Pages that end at least one packet (a granule other than −1), in file order.</summary>
    public static List<(long Position, long Granule, bool Continued)> Scan(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 12);
        var pages = new List<(long, long, bool)>();
        Span<byte> header = stackalloc byte[27];
        Span<byte> lacing = stackalloc byte[255];
        int? serial = null;
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

            var pageSerial = BinaryPrimitives.ReadInt32LittleEndian(header[14..]);
            var granule = BinaryPrimitives.ReadInt64LittleEndian(header[6..]);
            serial ??= pageSerial;
            if (pageSerial == serial && granule != -1)
            {
                pages.Add((position, granule, (header[5] & 1) != 0));
            }

            if (position + 27 + segments + body > stream.Length)
            {
                return pages;
            }

            stream.Position = position + 27 + segments + body;
        }
    }
}
