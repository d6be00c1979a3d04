namespace QualityAnalytics.Pipeline.Audio.Decoding;

/// <summary>Frame count, encoder delay and padding from the Xing/Info + LAME header in an MP3's first frame.</summary>
internal readonly record struct Mp3Gapless(long Frames, int SamplesPerFrame, int EncoderDelay, int EncoderPadding)
{
    public static Mp3Gapless? TryRead(Stream stream)
    {
        var head = new byte[16384];
        var n = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        var offset = 0;
        if (n >= 10 && head[0] == 'I' && head[1] == 'D' && head[2] == '3')
        {
            offset = 10 + ((head[6] & 0x7f) << 21) + ((head[7] & 0x7f) << 14) + ((head[8] & 0x7f) << 7) + (head[9] & 0x7f);
            if (offset + 4 > n)
            {
                stream.Position = offset;
                n = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
                offset = 0;
            }
        }

        if (offset + 4 > n || head[offset] != 0xFF || (head[offset + 1] & 0xE0) != 0xE0)
        {
            return null;
        }

        var versionBits = (head[offset + 1] >> 3) & 3;
        var mpeg1 = versionBits == 3;
        var mono = (head[offset + 3] >> 6) == 3;
        var samplesPerFrame = mpeg1 ? 1152 : 576;
        var sideInfo = mpeg1 ? (mono ? 17 : 32) : (mono ? 9 : 17);
        var tag = offset + 4 + sideInfo;
        if (tag + 120 > n)
        {
            return null;
        }

        var id = System.Text.Encoding.ASCII.GetString(head, tag, 4);
        if (id is not ("Xing" or "Info"))
        {
            return null;
        }

        var flags = ReadBigEndian(head, tag + 4);
        var p = tag + 8;
        if ((flags & 1) == 0)
        {
            return null;
        }

        long frames = ReadBigEndian(head, p);
        p += 4;
        if ((flags & 2) != 0)
        {
            p += 4;
        }

        if ((flags & 4) != 0)
        {
            p += 100;
        }

        if ((flags & 8) != 0)
        {
            p += 4;
        }

        // LAME extension: 9-byte encoder string, then at +21 two 12-bit fields (delay, padding).
        var delay = 0;
        var padding = 0;
        if (p + 24 <= n && (head[p] == 'L' || head[p] == 'G' || head[p] == 'l'))
        {
            delay = (head[p + 21] << 4) | (head[p + 22] >> 4);
            padding = ((head[p + 22] & 0x0F) << 8) | head[p + 23];
        }

        return new Mp3Gapless(frames, samplesPerFrame, delay, padding);
    }

    private static uint ReadBigEndian(byte[] b, int i) =>
        (uint)((b[i] << 24) | (b[i + 1] << 16) | (b[i + 2] << 8) | b[i + 3]);
}
