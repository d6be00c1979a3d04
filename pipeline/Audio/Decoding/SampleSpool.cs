using System.Buffers;

namespace QualityAnalytics.Pipeline.Audio.Decoding;

/// <summary>One channel of 16 kHz samples, appended once and then read in ranges.</summary>
/// <remarks>
/// Streaming: a normal call (minutes) stays in memory; past <c>memoryLimitSamples</c> the whole channel moves to a
/// temporary 16-bit file that is deleted on dispose. A 3-hour recording therefore costs a bounded amount of memory
/// (the limit plus one read window) and ~345 MB of disk per channel, and VAD and ASR read it back window by window.
/// 16-bit is ample: telephony sources carry 8–13 bits of real resolution.
/// </remarks>
public sealed class SampleSpool : IDisposable
{
    private const int BlockSize = 1 << 16;

    // The shared pool keeps only a few dozen arrays of one size (32 per core), while a 5-minute stereo call decoded in
    // two halves holds about 220 blocks at its peak: most blocks would be fresh large-object allocations, page-faulted
    // in on every call and collected in gen 2. This pool keeps enough for that call (64 MB at most).
    private const int MaxPooledBlocks = 256;
    private static readonly ArrayPool<float> Pool = ArrayPool<float>.Create(BlockSize, MaxPooledBlocks);
    private readonly long memoryLimitSamples;
    private readonly List<float[]> blocks = [];
    private int lastBlockFill = BlockSize;
    private FileStream? file;
    private byte[] ioBuffer = [];

    public SampleSpool(long memoryLimitSamples) => this.memoryLimitSamples = memoryLimitSamples;

    public long Length { get; private set; }

    /// <summary>True once the channel outgrew memory and lives in a temporary file.</summary>
    public bool IsSpilled => file is not null;

    public void Append(ReadOnlySpan<float> samples)
    {
        if (file is null && Length + samples.Length > memoryLimitSamples)
        {
            Spill();
        }

        if (file is not null)
        {
            WriteToFile(samples);
        }
        else
        {
            AppendToMemory(samples);
        }

        Length += samples.Length;
    }

    /// <summary>Appends all of <paramref name="other"/>'s samples (the second half of a recording decoded in two).</summary>
    public void Append(SampleSpool other)
    {
        if (other.file is null)
        {
            for (var i = 0; i < other.blocks.Count; i++)
            {
                var start = (long)i * BlockSize;
                Append(other.blocks[i].AsSpan(0, (int)Math.Min(BlockSize, other.Length - start)));
            }

            return;
        }

        var buffer = new float[BlockSize];
        for (long start = 0; start < other.Length; start += BlockSize)
        {
            Append(buffer.AsSpan(0, other.Read(start, buffer)));
        }
    }

    /// <summary>Copies samples [start, start + target.Length) into <paramref name="target"/>; returns the count copied.</summary>
    public int Read(long start, Span<float> target)
    {
        var count = (int)Math.Clamp(Length - start, 0, target.Length);
        if (count == 0)
        {
            return 0;
        }

        if (file is not null)
        {
            ReadFromFile(start, target[..count]);
            return count;
        }

        var done = 0;
        while (done < count)
        {
            var position = start + done;
            var block = blocks[(int)(position / BlockSize)];
            var inBlock = (int)(position % BlockSize);
            var n = Math.Min(count - done, BlockSize - inBlock);
            block.AsSpan(inBlock, n).CopyTo(target[done..]);
            done += n;
        }

        return count;
    }

    public void Dispose()
    {
        file?.Dispose();
        file = null;
        ReturnBlocks();
    }

    private void AppendToMemory(ReadOnlySpan<float> samples)
    {
        while (!samples.IsEmpty)
        {
            if (lastBlockFill == BlockSize)
            {
                // Pooled: a nightly batch decodes call after call, and fresh 256 KB blocks would land on the large
                // object heap each time (the allocation and the gen-2 collections it triggers cost more than decoding).
                blocks.Add(Pool.Rent(BlockSize));
                lastBlockFill = 0;
            }

            var n = Math.Min(samples.Length, BlockSize - lastBlockFill);
            samples[..n].CopyTo(blocks[^1].AsSpan(lastBlockFill));
            lastBlockFill += n;
            samples = samples[n..];
        }
    }

    private void Spill()
    {
        var path = Path.Combine(Path.GetTempPath(), $"qa-audio-{Guid.NewGuid():N}.s16");
        file = new FileStream(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 1 << 16, FileOptions.DeleteOnClose);
        var buffer = new float[BlockSize];
        for (long position = 0; position < Length; position += BlockSize)
        {
            var n = ReadMemory(position, buffer);
            WriteToFile(buffer.AsSpan(0, n));
        }

        ReturnBlocks();
    }

    private void ReturnBlocks()
    {
        foreach (var block in blocks)
        {
            Pool.Return(block);
        }

        blocks.Clear();
        lastBlockFill = BlockSize;
    }

    private int ReadMemory(long start, Span<float> target)
    {
        var block = blocks[(int)(start / BlockSize)];
        var n = (int)Math.Min(target.Length, Length - start);
        block.AsSpan(0, n).CopyTo(target);
        return n;
    }

    private void WriteToFile(ReadOnlySpan<float> samples)
    {
        EnsureIoBuffer(samples.Length * 2);
        for (var i = 0; i < samples.Length; i++)
        {
            var value = (short)Math.Clamp(MathF.Round(samples[i] * 32767f), short.MinValue, short.MaxValue);
            ioBuffer[2 * i] = unchecked((byte)value);
            ioBuffer[(2 * i) + 1] = unchecked((byte)(value >> 8));
        }

        file!.Seek(0, SeekOrigin.End);
        file.Write(ioBuffer, 0, samples.Length * 2);
    }

    private void ReadFromFile(long start, Span<float> target)
    {
        EnsureIoBuffer(target.Length * 2);
        file!.Seek(start * 2, SeekOrigin.Begin);
        file.ReadExactly(ioBuffer, 0, target.Length * 2);
        for (var i = 0; i < target.Length; i++)
        {
            target[i] = System.Buffers.Binary.BinaryPrimitives.ReadInt16LittleEndian(ioBuffer.AsSpan(2 * i)) / 32768f;
        }
    }

    private void EnsureIoBuffer(int bytes)
    {
        if (ioBuffer.Length < bytes)
        {
            ioBuffer = new byte[bytes];
        }
    }
}
