using NLayer;

namespace QualityAnalytics.Pipeline.Audio.Decoding;

/// <summary>One MPEG audio frame held in memory, in the shape NLayer's frame decoder reads it: header fields and a bit
/// reader over the frame body.</summary>
/// <remarks>NLayer's own <c>MpegFile</c> reads frames through a locked, shifting stream buffer one byte at a time; a frame
/// already in an array is the cheap way in. Reused frame after frame (no allocation per frame).</remarks>
internal sealed class Mp3Frame : IMpegFrame
{
    private byte[] data = [];
    private int start;
    private int end;
    private int next;
    private ulong bucket;
    private int bucketBits;
    private Mp3FrameHeader header;

    public int SampleRate => header.SampleRate;

    public int SampleRateIndex => (header.Bits >> 10) & 3;

    public int FrameLength => header.Length;

    public int BitRate => header.BitRate;

    public MpegVersion Version => header.Version;

    public MpegLayer Layer => header.Layer;

    public MpegChannelMode ChannelMode => (MpegChannelMode)((header.Bits >> 6) & 3);

    public int ChannelModeExtension => (header.Bits >> 4) & 3;

    public int SampleCount => header.SampleCount;

    public int BitRateIndex => (header.Bits >> 12) & 0xF;

    public bool IsCopyrighted => (header.Bits & 8) != 0;

    public bool HasCrc => (header.Bits & 0x10000) == 0;

    public bool IsCorrupted => false;

    /// <summary>Points this frame at bytes [offset, offset + header.Length) of <paramref name="buffer"/>.</summary>
    public void Load(byte[] buffer, int offset, Mp3FrameHeader frameHeader)
    {
        data = buffer;
        start = offset;
        header = frameHeader;
        end = offset + frameHeader.Length;
        Reset();
    }

    /// <summary>Back to the first bit after the header (and its CRC word): where NLayer starts reading side info.</summary>
    public void Reset()
    {
        next = start + 4 + (HasCrc ? 2 : 0);
        bucket = 0;
        bucketBits = 0;
    }

    public int ReadBits(int bitCount)
    {
        while (bucketBits < bitCount)
        {
            if (next >= end)
            {
                throw new EndOfStreamException("MP3: кадр короче, чем обещает его заголовок");
            }

            bucket = (bucket << 8) | data[next++];
            bucketBits += 8;
        }

        bucketBits -= bitCount;
        return (int)((bucket >> bucketBits) & ((1UL << bitCount) - 1));
    }
}
