namespace QualityAnalytics.Pipeline.Audio.Decoding;

/// <summary>The block size of each Vorbis audio packet, told from its first bits: what a decoder joining mid-stream
/// needs to know where the samples of the packets it is given belong.</summary>
/// <remarks>
/// A packet's first bit says audio (0), the next ilog(modes − 1) bits its mode, and the mode's block flag picks the
/// short or long block size from the identification header. The modes are the last thing in the setup header, after
/// codebooks, floors, residues and mappings whose lengths only a full parse would give, so they are read from the end
/// backwards, as ffmpeg's Vorbis parser does: the framing bit, then 41 bits per mode (block flag, window and transform
/// types that must be zero, mapping), preceded by the six-bit mode count.
/// </remarks>
internal sealed class VorbisBlockSizes
{
    private const int ModeBits = 41;
    private const int MaxModes = 64;
    private const int CommonHeaderBits = 7 * 8;

    private readonly int shortBlock;
    private readonly int longBlock;
    private readonly bool[] longModes;
    private readonly int modeNumberBits;

    private VorbisBlockSizes(int shortBlock, int longBlock, bool[] longModes)
    {
        this.shortBlock = shortBlock;
        this.longBlock = longBlock;
        this.longModes = longModes;
        modeNumberBits = BitLength(longModes.Length - 1);
    }

    /// <summary>The long block size: the most samples one packet's window covers.</summary>
    public int LongBlock => longBlock;

    /// <summary>Reads the sizes from the identification and setup headers; null when they do not parse.</summary>
    public static VorbisBlockSizes? TryRead(ReadOnlySpan<byte> identification, ReadOnlySpan<byte> setup)
    {
        if (identification.Length < 30 || identification[0] != 1 || setup.Length < 8 || setup[0] != 5)
        {
            return null;
        }

        var shortBlock = 1 << (identification[28] & 0x0F);
        var longBlock = 1 << (identification[28] >> 4);
        return ModeFlags(setup) is { } modes ? new VorbisBlockSizes(shortBlock, longBlock, modes) : null;
    }

    /// <summary>The packet's block size, or 0 when it is not an audio packet of a known mode.</summary>
    public int Of(ReadOnlySpan<byte> packet)
    {
        if (packet.IsEmpty || (packet[0] & 1) != 0)
        {
            return 0;
        }

        var mode = (int)Bits(packet, 1, modeNumberBits);
        return mode < longModes.Length ? (longModes[mode] ? longBlock : shortBlock) : 0;
    }

    /// <summary>Samples a packet adds to the output after the one before it: the overlap of their windows.</summary>
    public static int Overlap(int previousBlock, int block) => (previousBlock / 4) + (block / 4);

    /// <summary>Each mode's block flag (true: long), read backwards from the framing bit; the largest mode count whose
    /// fields all fit wins (a smaller one can only be a coincidence of the bits before it).</summary>
    private static bool[]? ModeFlags(ReadOnlySpan<byte> setup)
    {
        var last = setup.LastIndexOfAnyExcept((byte)0);
        if (last < 0)
        {
            return null;
        }

        var framing = (last * 8) + (7 - System.Numerics.BitOperations.LeadingZeroCount((uint)setup[last] << 24));
        var count = 0;
        for (var k = 1; k <= MaxModes; k++)
        {
            var mode = framing - (ModeBits * k);
            var countField = mode - 6;
            if (countField < CommonHeaderBits || Bits(setup, mode + 1, 16) != 0 || Bits(setup, mode + 17, 16) != 0 || Bits(setup, mode + 33, 8) >= MaxModes)
            {
                break;
            }

            if ((int)Bits(setup, countField, 6) == k - 1)
            {
                count = k;
            }
        }

        if (count == 0)
        {
            return null;
        }

        var flags = new bool[count];
        for (var i = 0; i < count; i++)
        {
            flags[i] = Bits(setup, framing - (ModeBits * (count - i)), 1) == 1;
        }

        return flags;
    }

    /// <summary>An unsigned field of <paramref name="count"/> bits at bit <paramref name="start"/>, packed least
    /// significant bit first, as Vorbis packs everything.</summary>
    private static uint Bits(ReadOnlySpan<byte> data, int start, int count)
    {
        uint value = 0;
        for (var i = 0; i < count; i++)
        {
            var bit = start + i;
            value |= (uint)((data[bit >> 3] >> (bit & 7)) & 1) << i;
        }

        return value;
    }

    private static int BitLength(int value) => value <= 0 ? 0 : 32 - System.Numerics.BitOperations.LeadingZeroCount((uint)value);
}
