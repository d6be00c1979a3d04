using QualityAnalytics.Pipeline.Audio.Decoding;

namespace QualityAnalytics.Pipeline.Audio;

/// <summary>Averages channels into one (a stereo file declared <c>mono</c>: both voices on both sides).</summary>
public static class SampleSpoolMixer
{
    public static SampleSpool Mix(IReadOnlyList<SampleSpool> channels, long memoryLimitSamples)
    {
        var mixed = new SampleSpool(memoryLimitSamples);
        var length = channels.Min(c => c.Length);
        var sum = new float[1 << 16];
        var buffer = new float[sum.Length];
        for (long start = 0; start < length; start += sum.Length)
        {
            var n = (int)Math.Min(sum.Length, length - start);
            Array.Clear(sum);
            foreach (var channel in channels)
            {
                channel.Read(start, buffer.AsSpan(0, n));
                for (var i = 0; i < n; i++)
                {
                    sum[i] += buffer[i] / channels.Count;
                }
            }

            mixed.Append(sum.AsSpan(0, n));
        }

        return mixed;
    }
}
