namespace QualityAnalytics.Pipeline.Audio.Decoding;

/// <summary>Decodes and resamples the two halves of a recording on two cores at once; the result is the one a single
/// pass would give, sample for sample, or nothing (and the caller makes that single pass).</summary>
/// <remarks>
/// The managed decoders are single-threaded and decoding dominates the cost, so a second core halves the wall time of
/// a call. The second half is decoded by another decoder that joins mid-file (<see cref="ISplittablePcmSource.OpenFrom"/>)
/// a little early: the resampling filter reads <see cref="Resampler.Reach"/> input samples on each side of an output,
/// so the first half's resampler gets the samples after the split point as its look-ahead and the second half's gets
/// those before it as history. The split point sits on the output grid (a multiple of <see cref="Resampler.InputStep"/>),
/// so every output sample is computed from the same inputs with the same filter phase as in one pass.
/// <para>Trust, but verify: the joining decoder starts <see cref="CheckFrames"/> earlier still, and those frames must
/// equal, bit for bit, what the first decoder produced there. A decoder that joined a few samples off (a library's
/// seek landing a block late) or has not settled yet fails the check, as does a stretch of digital silence where no
/// offset would show; then the halves are thrown away.</para>
/// </remarks>
internal static class HalvesDecoding
{
    private const int BlockFrames = 8192;
    private const int CheckFrames = 4096;

    /// <summary>Frames needed for a split to be possible at all.</summary>
    public const int MinFrames = 8 * (CheckFrames + BlockFrames);

    /// <summary>Returns the input frames decoded (spools hold the 16 kHz channels), or null when the halves did not
    /// line up and the spools must be discarded.</summary>
    public static long? Run(ISplittablePcmSource source, long totalFrames, SampleSpool[] spools, long memoryLimitSamplesPerChannel, CancellationToken cancellationToken)
    {
        var channels = source.Channels;
        var first = new ResamplingSink(source.SampleRate, spools);
        var mid = totalFrames / 2 / first.InputStep * first.InputStep;
        var reach = first.Reach;
        var checkStart = mid - reach - CheckFrames;
        var firstCheck = new float[CheckFrames * channels];
        var secondCheck = new float[CheckFrames * channels];
        var secondSpools = Enumerable.Range(0, channels).Select(_ => new SampleSpool(memoryLimitSamplesPerChannel)).ToArray();
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        try
        {
            var second = Task.Run(() => SecondHalf(source, checkStart, reach, secondCheck, secondSpools, stop.Token), stop.Token);
            long firstFrames;
            try
            {
                firstFrames = FirstHalf(source, first, mid, reach, checkStart, firstCheck, cancellationToken);
            }
            catch
            {
                stop.Cancel();
                _ = Task.WaitAny(second);
                throw;
            }

            long? secondFrames;
            try
            {
                secondFrames = second.GetAwaiter().GetResult();
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // Whatever tripped the joining decoder, one pass decides what the recording holds.
                secondFrames = null;
            }

            if (firstFrames < mid)
            {
                // The first half ended early (a damaged stretch the decoder gave up on): one pass stops there too.
                return firstFrames;
            }

            if (secondFrames is null || !firstCheck.AsSpan().SequenceEqual(secondCheck) || !firstCheck.AsSpan().ContainsAnyExcept(0f))
            {
                return null;
            }

            for (var c = 0; c < channels; c++)
            {
                spools[c].Append(secondSpools[c]);
            }

            return mid + secondFrames;
        }
        finally
        {
            foreach (var spool in secondSpools)
            {
                spool.Dispose();
            }
        }
    }

    /// <summary>Frames [0, mid) through the original source, then <paramref name="reach"/> more as look-ahead; keeps a
    /// copy of the frames from <paramref name="checkStart"/> on for the check.</summary>
    private static long FirstHalf(IPcmSource source, ResamplingSink sink, long mid, int reach, long checkStart, float[] check, CancellationToken cancellationToken)
    {
        var channels = source.Channels;
        var buffer = new float[BlockFrames * channels];
        long frames = 0;
        while (frames < mid)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var wanted = (int)Math.Min(BlockFrames, mid - frames) * channels;
            var samples = source.Read(buffer.AsSpan(0, wanted));
            if (samples <= 0)
            {
                sink.Finish();
                return frames;
            }

            // The part of this block that falls inside the check window.
            var from = Math.Max(frames, checkStart);
            var to = Math.Min(frames + (samples / channels), checkStart + CheckFrames);
            if (to > from)
            {
                buffer.AsSpan((int)(from - frames) * channels, (int)(to - from) * channels).CopyTo(check.AsSpan((int)(from - checkStart) * channels));
            }

            sink.Write(buffer.AsSpan(0, samples));
            frames += samples / channels;
        }

        sink.Finish(ResamplingSink.Deinterleave(buffer.AsSpan(0, ReadUpTo(source, buffer, reach * channels)), channels));
        return frames;
    }

    /// <summary>Frames [mid, end) through a second decoder that starts at <paramref name="checkStart"/>: first the check
    /// window, then <paramref name="reach"/> frames of filter history; null when it cannot even fill those.</summary>
    private static long? SecondHalf(ISplittablePcmSource source, long checkStart, int reach, float[] check, SampleSpool[] spools, CancellationToken cancellationToken)
    {
        using var part = source.OpenFrom(checkStart);
        var channels = part.Channels;
        var buffer = new float[BlockFrames * channels];
        if (ReadUpTo(part, check, check.Length) < check.Length)
        {
            return null;
        }

        var preceding = ResamplingSink.Deinterleave(buffer.AsSpan(0, ReadUpTo(part, buffer, reach * channels)), channels);
        return new ResamplingSink(part.SampleRate, spools, preceding).Drain(part, buffer, cancellationToken);
    }

    private static int ReadUpTo(IPcmSource source, float[] buffer, int samples)
    {
        var got = 0;
        int n;
        while (got < samples && (n = source.Read(buffer.AsSpan(got, samples - got))) > 0)
        {
            got += n;
        }

        return got;
    }
}
