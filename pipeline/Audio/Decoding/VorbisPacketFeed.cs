using NVorbis;
using NVorbis.Contracts;

namespace QualityAnalytics.Pipeline.Audio.Decoding;

/// <summary>Hands NVorbis's stream decoder the three header packets and then the audio packets from a page in the
/// middle of the file, so that a second decoder can join there without NVorbis's own seek.</summary>
/// <remarks>Packets carry no granule positions: the joining source counts samples itself (see
/// <see cref="VorbisPcmSource.OpenFrom"/>), and a granule would only invite the decoder to trim as if at the stream's
/// start.</remarks>
internal sealed class VorbisPacketFeed(IReadOnlyList<byte[]> headers, IEnumerator<byte[]> audio) : NVorbis.Contracts.IPacketProvider, IDisposable
{
    private int served;
    private Packet? peeked;
    private bool ended;

    public bool CanSeek => false;

    public int StreamSerial => 0;

    public IPacket? GetNextPacket()
    {
        var next = PeekNextPacket();
        peeked = null;
        return next;
    }

    public IPacket? PeekNextPacket()
    {
        if (peeked is not null || ended)
        {
            return peeked;
        }

        if (served < headers.Count)
        {
            peeked = new Packet(headers[served++]);
        }
        else if (audio.MoveNext())
        {
            peeked = new Packet(audio.Current);
        }
        else
        {
            ended = true;
        }

        return peeked;
    }

    public long SeekTo(long granulePos, int preRoll, GetPacketGranuleCount getPacketGranuleCount) =>
        throw new NotSupportedException("a joined Vorbis stream is read forwards only");

    public long GetGranuleCount() => throw new NotSupportedException("a joined Vorbis stream does not know its length");

    public void Dispose() => audio.Dispose();

    /// <summary>One packet's bytes, read bit by bit by NVorbis's own reader.</summary>
    private sealed class Packet(byte[] data) : DataPacket
    {
        private int next;

        protected override int TotalBits => data.Length * 8;

        public override void Reset()
        {
            next = 0;
            base.Reset();
        }

        protected override int ReadNextByte() => next < data.Length ? data[next++] : -1;
    }
}
