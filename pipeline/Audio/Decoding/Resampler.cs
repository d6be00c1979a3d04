using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace QualityAnalytics.Pipeline.Audio.Decoding;

/// <summary>Streaming band-limited resampler for one channel: polyphase windowed sinc (Kaiser, beta 8).</summary>
/// <remarks>
/// The cut-off sits at 90 % of the lower Nyquist frequency: for 16 kHz output the pass band is flat to 6 kHz (telephone
/// speech ends at 3.4 kHz), the transition centres on 7.2 kHz, and
/// nothing above 8 kHz folds back into the 16 kHz result. Output length is exact: n input samples give
/// round(n · out / in) output samples, whatever the block sizes fed in.
/// </remarks>
internal sealed class Resampler
{
    private const int HalfWidthAtLowerRate = 12;
    private const double CutoffFraction = 0.9;
    private const double KaiserBeta = 8.0;

    private readonly int up;
    private readonly int down;
    private readonly int halfTaps;
    private readonly float[] table;
    private readonly int tapsPerPhase;
    private float[] history;
    private float[] output = new float[8192];
    private int outputCount;
    private int historyCount;
    private long historyStart;
    private long consumed;
    private long produced;
    private long nextIndex;
    private int nextPhase;
    private readonly bool passThrough;

    /// <param name="inputRate">Input sample rate.</param>
    /// <param name="outputRate">Output sample rate.</param>
    /// <param name="precedingInput">Input that came before this stream (when a recording is resampled in pieces): the
    /// filter reads it instead of silence, so the first outputs equal those of one resampler over the whole.</param>
    public Resampler(int inputRate, int outputRate, ReadOnlySpan<float> precedingInput = default)
    {
        var g = Gcd(inputRate, outputRate);
        up = outputRate / g;
        down = inputRate / g;
        passThrough = up == down;

        // Filter half-width in input samples: wide enough for HalfWidthAtLowerRate lobes at the lower of the two rates.
        var scale = Math.Min(1.0, (double)up / down);
        halfTaps = (int)Math.Ceiling(HalfWidthAtLowerRate / scale);
        // Rows padded with zero taps to a whole number of SIMD vectors, so the dot product has no scalar tail.
        var width = Vector<float>.Count;
        tapsPerPhase = ((2 * halfTaps) + width - 1) / width * width;
        table = BuildTable(up, halfTaps, tapsPerPhase, scale * CutoffFraction);
        history = new float[Math.Max(4096, tapsPerPhase * 4)];

        // The first output sits at input time 0: pretend halfTaps zeros came before the recording.
        historyCount = halfTaps - 1;
        historyStart = -(halfTaps - 1);
        var known = Math.Min(precedingInput.Length, historyCount);
        precedingInput[^known..].CopyTo(history.AsSpan(historyCount - known));
    }

    /// <summary>Input samples per output grid period: a piece that starts at a multiple of this starts at phase 0.</summary>
    public int InputStep => down;

    /// <summary>Input samples of context the filter reads on each side of an output instant.</summary>
    public int Reach => halfTaps + 1;

    /// <summary>Resamples a block; returns what is ready (valid until the next call).</summary>
    public ReadOnlySpan<float> Process(ReadOnlySpan<float> input)
    {
        consumed += input.Length;
        if (passThrough)
        {
            produced += input.Length;
            return input;
        }

        Append(input);
        outputCount = 0;
        Emit(long.MaxValue);
        return output.AsSpan(0, outputCount);
    }

    /// <summary>Ends the stream and returns the last samples up to the exact length.</summary>
    /// <param name="followingInput">Input that comes after this stream (when a recording is resampled in pieces), read
    /// by the filter instead of silence; it adds no outputs of its own.</param>
    public ReadOnlySpan<float> Flush(ReadOnlySpan<float> followingInput = default)
    {
        var total = (long)Math.Round((double)consumed * up / down, MidpointRounding.AwayFromZero);
        if (passThrough)
        {
            return [];
        }

        Append(followingInput);
        Append(new float[(2 * halfTaps) + 1]);
        outputCount = 0;
        Emit(total);
        return output.AsSpan(0, outputCount);
    }

    private void Emit(long limit)
    {
        var needed = (int)Math.Min(int.MaxValue / 2, ((historyCount + 2L) * up / down) + 2);
        if (output.Length < needed)
        {
            output = new float[needed];
        }

        unchecked
        {
            EmitCore(limit);
        }

        Compact();
    }

    /// <summary>Integer upsampling (8 → 16 kHz): every input sample yields <c>up</c> outputs, one per phase.</summary>
    /// <remarks>
    /// Output up·m + p is Σ_j table[p][j] · x[m − halfTaps + 1 + j]: for one phase, consecutive m are a plain FIR over
    /// the input, so a whole vector of them comes from one broadcast tap times a sliding window of input, with no
    /// horizontal sum. Single outputs at block edges use the same arithmetic in the same order (tap by tap, multiply
    /// then add), so an output's value does not depend on how the stream was cut into blocks.
    /// </remarks>
    private void EmitUpsampled(long limit)
    {
        var width = Vector<float>.Count;
        var available = historyStart + historyCount;
        var i = nextIndex;
        var phase = nextPhase;
        var taps = 2 * halfTaps;
        ref var tableRef = ref MemoryMarshal.GetArrayDataReference(table);
        ref var historyRef = ref MemoryMarshal.GetArrayDataReference(history);
        var output = this.output;
        while (produced < limit && i + halfTaps < available)
        {
            var offset = (nuint)(i - halfTaps + 1 - historyStart);
            if (phase == 0 && produced + ((long)up * width) <= limit && i + width - 1 + halfTaps < available)
            {
                if (up == 2 && Avx.IsSupported && width == Vector256<float>.Count)
                {
                    DoubleEight(ref tableRef, ref Unsafe.Add(ref historyRef, offset), taps, tapsPerPhase, output.AsSpan(outputCount, 2 * width));
                    outputCount += 2 * width;
                    produced += 2 * width;
                    i += width;
                    continue;
                }

                for (var p = 0; p < up; p++)
                {
                    ref var row = ref Unsafe.Add(ref tableRef, p * tapsPerPhase);
                    var acc = Vector<float>.Zero;
                    for (var j = 0; j < taps; j++)
                    {
                        acc += new Vector<float>(Unsafe.Add(ref row, j)) * Vector.LoadUnsafe(ref historyRef, offset + (nuint)j);
                    }

                    for (var l = 0; l < width; l++)
                    {
                        output[outputCount + (l * up) + p] = acc[l];
                    }
                }

                outputCount += up * width;
                produced += up * width;
                i += width;
                continue;
            }

            ref var single = ref Unsafe.Add(ref tableRef, phase * tapsPerPhase);
            var sum = 0f;
            for (var j = 0; j < taps; j++)
            {
                sum += Unsafe.Add(ref single, j) * Unsafe.Add(ref historyRef, offset + (nuint)j);
            }

            output[outputCount++] = sum;
            produced++;
            if (++phase == up)
            {
                phase = 0;
                i++;
            }
        }

        nextIndex = i;
        nextPhase = phase;
    }

    /// <summary>Sixteen outputs of 2× upsampling from eight input positions: both phases' sums are built from one load
    /// of the input window per tap, then interleaved (phase 0, phase 1, …) with two unpacks and two lane permutes.</summary>
    /// <remarks>Each phase still adds its taps one by one, multiply then add, in tap order: the same arithmetic as the
    /// single-output path, so a sample's value does not depend on which path computed it.</remarks>
    private static void DoubleEight(ref float table, ref float window, int taps, int rowLength, Span<float> destination)
    {
        ref var second = ref Unsafe.Add(ref table, rowLength);
        var even = Vector256<float>.Zero;
        var odd = Vector256<float>.Zero;
        for (nuint j = 0; j < (nuint)taps; j++)
        {
            var x = Vector256.LoadUnsafe(ref window, j);
            even += Vector256.Create(Unsafe.Add(ref table, j)) * x;
            odd += Vector256.Create(Unsafe.Add(ref second, j)) * x;
        }

        // even = e0..e7, odd = o0..o7 → e0 o0 e1 o1 | e4 o4 e5 o5 and e2 o2 e3 o3 | e6 o6 e7 o7 → two runs in order.
        var low = Avx.UnpackLow(even, odd);
        var high = Avx.UnpackHigh(even, odd);
        ref var target = ref MemoryMarshal.GetReference(destination);
        Avx.Permute2x128(low, high, 0x20).StoreUnsafe(ref target);
        Avx.Permute2x128(low, high, 0x31).StoreUnsafe(ref target, (nuint)Vector256<float>.Count);
    }

    private void EmitCore(long limit)
    {
        if (down == 1)
        {
            EmitUpsampled(limit);
            return;
        }

        // Output k sits at input time k·down/up = i + phase/up; i and phase advance incrementally because two 64-bit
        // divisions per output sample cost more than the whole filter.
        var available = historyStart + historyCount;
        var stepWhole = down / up;
        var stepPhase = down % up;
        var i = nextIndex;
        var phase = nextPhase;
        var table = this.table.AsSpan();
        var history = this.history.AsSpan();
        while (produced < limit && i + halfTaps < available)
        {
            var offset = (int)(i - halfTaps + 1 - historyStart);
            output[outputCount++] = Dot(history.Slice(offset, tapsPerPhase), table.Slice(phase * tapsPerPhase, tapsPerPhase));
            produced++;
            i += stepWhole;
            phase += stepPhase;
            if (phase >= up)
            {
                phase -= up;
                i++;
            }
        }

        nextIndex = i;
        nextPhase = phase;
    }

    /// <summary>Both spans are a whole number of vectors long (the table rows are padded), so no tail loop.</summary>
    private static float Dot(ReadOnlySpan<float> a, ReadOnlySpan<float> b)
    {
        ref var x = ref MemoryMarshal.GetReference(a);
        ref var y = ref MemoryMarshal.GetReference(b);
        var width = (nuint)Vector<float>.Count;
        var acc = Vector<float>.Zero;
        for (nuint j = 0; j < (nuint)b.Length; j += width)
        {
            acc += Vector.LoadUnsafe(ref x, j) * Vector.LoadUnsafe(ref y, j);
        }

        return Vector.Sum(acc);
    }

    private void Append(ReadOnlySpan<float> input)
    {
        // Taps padded past the filter read a few samples beyond the span; keep that much room (always zeros or real data).
        if (historyCount + input.Length + tapsPerPhase > history.Length)
        {
            Array.Resize(ref history, Math.Max(history.Length * 2, historyCount + input.Length + tapsPerPhase));
        }

        input.CopyTo(history.AsSpan(historyCount));
        historyCount += input.Length;
    }

    /// <summary>Drops history no future output can reach, so memory stays at one block plus the filter span.</summary>
    private void Compact()
    {
        var nextFirst = nextIndex - halfTaps + 1;
        var drop = (int)Math.Max(0, nextFirst - historyStart);
        if (drop == 0)
        {
            return;
        }

        drop = Math.Min(drop, historyCount);
        history.AsSpan(drop, historyCount - drop).CopyTo(history);
        historyCount -= drop;
        historyStart += drop;
    }

    private static float[] BuildTable(int phases, int half, int taps, double cutoff)
    {
        var table = new float[phases * taps];
        var besselBeta = BesselI0(KaiserBeta);
        for (var p = 0; p < phases; p++)
        {
            var fraction = (double)p / phases;
            var sum = 0.0;
            for (var j = 0; j < 2 * half; j++)
            {
                // Tap j multiplies input sample i - half + 1 + j; its distance from the output instant:
                var t = (j - half + 1) - fraction;
                var x = t / half;
                var window = Math.Abs(x) >= 1 ? 0 : BesselI0(KaiserBeta * Math.Sqrt(1 - (x * x))) / besselBeta;
                var sinc = t == 0 ? 1.0 : Math.Sin(Math.PI * cutoff * t) / (Math.PI * cutoff * t);
                var value = cutoff * sinc * window;
                table[(p * taps) + j] = (float)value;
                sum += value;
            }

            // Unity gain at DC in every phase, so a constant signal stays constant.
            for (var j = 0; j < 2 * half; j++)
            {
                table[(p * taps) + j] = (float)(table[(p * taps) + j] / sum);
            }
        }

        return table;
    }

    private static double BesselI0(double x)
    {
        var sum = 1.0;
        var term = 1.0;
        for (var k = 1; k < 50; k++)
        {
            term *= x / (2 * k);
            var add = term * term;
            sum += add;
            if (add < sum * 1e-12)
            {
                break;
            }
        }

        return sum;
    }

    private static int Gcd(int a, int b) => b == 0 ? a : Gcd(b, a % b);
}
