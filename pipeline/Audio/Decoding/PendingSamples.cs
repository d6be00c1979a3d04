namespace QualityAnalytics.Pipeline.Audio.Decoding;

/// <summary>The samples of the last decoded frame not handed out yet, and the read loop that hands them out
/// frame by frame: the same for every frame-based source (MP3, Opus).</summary>
internal sealed class PendingSamples(int capacity)
{
    private int _offset;
    private int _count;

    /// <summary>The decoder writes each frame here.</summary>
    public float[] Frame { get; } = new float[capacity];

    /// <summary>The part of <see cref="Frame"/> still to be read.</summary>
    public void Set(int offset, int count)
    {
        _offset = offset;
        _count = count;
    }

    /// <summary>Fills whole sample frames of <paramref name="buffer"/>, decoding the next frame whenever the pending
    /// samples run out; fewer at the end of the stream.</summary>
    /// <param name="decodeNext">Decodes a frame and calls <see cref="Set"/>; false at the end.</param>
    public int Read(Span<float> buffer, int channels, Func<bool> decodeNext)
    {
        var written = 0;
        var room = buffer.Length - (buffer.Length % channels);
        while (written < room)
        {
            if (_count == 0 && !decodeNext())
            {
                break;
            }

            var n = Math.Min(room - written, _count);
            Frame.AsSpan(_offset, n).CopyTo(buffer[written..]);
            _offset += n;
            _count -= n;
            written += n;
        }

        return written;
    }
}
