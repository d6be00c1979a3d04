namespace QualityAnalytics.Pipeline.Audio.Decoding;

/// <summary>Finds MPEG audio frames in a stream, one after another, through a reusable buffer.</summary>
/// <remarks>
/// A header is taken as a frame only when the bytes right after it start another frame of the same stream (or the file
/// ends exactly there), so sync-like bytes inside tags or garbage are skipped, as decoders do. A frame cut off by the
/// end of the file is not returned: there is nothing whole to decode in it.
/// </remarks>
internal sealed class Mp3FrameReader
{
    private const int MaxFrame = 4096; // The largest frame (layer I, 448 kbit/s, 32 kHz, padded) is 1,680 bytes.
    private readonly Stream stream;
    private readonly byte[] buffer = new byte[1 << 16];
    private long bufferStart;
    private int position;
    private int filled;
    private bool atEnd;
    private Mp3FrameHeader? last;

    /// <param name="stream">The recording, positioned where reading starts (after any ID3v2 tag, or on a frame).</param>
    /// <param name="synced">The stream's header when the position is known to be a frame of it: frames like it are
    /// then taken without looking ahead, exactly as a reader that came from the start of the file takes them.</param>
    public Mp3FrameReader(Stream stream, Mp3FrameHeader? synced = null)
    {
        this.stream = stream;
        bufferStart = stream.Position;
        last = synced;
    }

    /// <summary>The buffer the last frame lies in (valid until the next call).</summary>
    public byte[] Buffer => buffer;

    /// <summary>Offset of the last frame in <see cref="Buffer"/>.</summary>
    public int FrameOffset { get; private set; }

    /// <summary>Position of the last frame in the file.</summary>
    public long FramePosition => bufferStart + FrameOffset;

    /// <summary>Skips an ID3v2 tag if the stream starts with one.</summary>
    public static long SkipId3(Stream stream)
    {
        Span<byte> head = stackalloc byte[10];
        var start = stream.Position;
        if (stream.ReadAtLeast(head, 10, throwOnEndOfStream: false) == 10 && head[0] == 'I' && head[1] == 'D' && head[2] == '3')
        {
            var size = 10 + ((head[6] & 0x7f) << 21) + ((head[7] & 0x7f) << 14) + ((head[8] & 0x7f) << 7) + (head[9] & 0x7f);
            stream.Position = start + size + ((head[5] & 0x10) != 0 ? 10 : 0);
        }
        else
        {
            stream.Position = start;
        }

        return stream.Position;
    }

    /// <summary>The next whole frame, or null at the end of the stream.</summary>
    public Mp3FrameHeader? Next()
    {
        while (true)
        {
            Fill();
            if (filled - position < 4)
            {
                return null;
            }

            var span = buffer.AsSpan(position, filled - position);
            if (Mp3FrameHeader.TryParse(span) is { } header)
            {
                if (header.Length > span.Length)
                {
                    // Only possible at the end of the file (Fill keeps MaxFrame bytes ahead otherwise): a cut-off frame.
                    return null;
                }

                if (Confirmed(header, span[header.Length..]))
                {
                    last = header;
                    FrameOffset = position;
                    position += header.Length;
                    return header;
                }
            }

            last = null;
            position++;
        }
    }

    /// <summary>In sync, a header like the last one is enough; to regain sync the next frame must follow as well (or
    /// the file end, or an ID3v1 tag start, right after it).</summary>
    private bool Confirmed(Mp3FrameHeader header, ReadOnlySpan<byte> following)
    {
        if (last is { } previous && previous.Matches(header))
        {
            return true;
        }

        return Mp3FrameHeader.TryParse(following) is { } after ? header.Matches(after)
            : (following.Length < 4 && atEnd) || following.StartsWith("TAG"u8);
    }

    /// <summary>Keeps at least two frames' worth of bytes ahead of the read position (less only at the end).</summary>
    private void Fill()
    {
        if (atEnd || filled - position >= 2 * MaxFrame)
        {
            return;
        }

        var keep = filled - position;
        Array.Copy(buffer, position, buffer, 0, keep);
        bufferStart += position;
        position = 0;
        filled = keep;
        while (filled < buffer.Length)
        {
            var n = stream.Read(buffer, filled, buffer.Length - filled);
            if (n == 0)
            {
                atEnd = true;
                break;
            }

            filled += n;
        }
    }
}
