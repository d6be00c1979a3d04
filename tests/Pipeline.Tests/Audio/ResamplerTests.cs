using QualityAnalytics.Pipeline.Audio.Decoding;

namespace QualityAnalytics.Pipeline.Tests.Audio;

[TestClass]
public sealed class ResamplerTests
{
    [TestMethod]
    [DataRow(8000, 8000)]
    [DataRow(8000, 12345)]
    [DataRow(11025, 22051)]
    [DataRow(22050, 4097)]
    [DataRow(44100, 44100)]
    [DataRow(48000, 48001)]
    [DataRow(32000, 1)]
    public void Process_GivesExactLength_WhateverTheBlocks(int rate, int samples)
    {
        var resampler = new Resampler(rate, 16000);
        var produced = 0L;
        var random = new Random(samples);
        var fed = 0;
        while (fed < samples)
        {
            var block = Math.Min(samples - fed, random.Next(1, 3000));
            produced += resampler.Process(new float[block]).Length;
            fed += block;
        }

        produced += resampler.Flush().Length;

        Assert.AreEqual((long)Math.Round(samples * 16000.0 / rate, MidpointRounding.AwayFromZero), produced);
    }

    [TestMethod]
    [DataRow(44100, 1000.0)]
    [DataRow(44100, 6000.0)]
    [DataRow(8000, 3000.0)]
    [DataRow(48000, 5000.0)]
    public void Process_KeepsTone_WhenBelowOutputNyquist(int rate, double frequency)
    {
        var output = Resample(Tone(rate, frequency, 1.0), rate);

        // A unit sine has RMS 1/√2; the pass band must keep it within 0.5 dB (edges excluded).
        Assert.AreEqual(1 / Math.Sqrt(2), Rms(output[2000..^2000]), 0.04);
    }

    [TestMethod]
    [DataRow(44100, 10000.0)]
    [DataRow(44100, 12000.0)]
    [DataRow(48000, 9000.0)]
    public void Process_SuppressesTone_WhenItWouldAliasBelow8kHz(int rate, double frequency)
    {
        var output = Resample(Tone(rate, frequency, 1.0), rate);

        // Without a low-pass these tones fold back to 6, 4 and 7 kHz at full strength; require at least 40 dB down.
        Assert.IsLessThan(0.01 * (1 / Math.Sqrt(2)), Rms(output[2000..^2000]));
    }

    [TestMethod]
    [DataRow(8000, 2000.0, 6000.0)]
    [DataRow(8000, 3000.0, 5000.0)]
    [DataRow(11025, 4000.0, 7025.0)]
    public void Process_SuppressesImage_WhenUpsampling(int rate, double frequency, double image)
    {
        var output = Resample(Tone(rate, frequency, 1.0), rate)[2000..^2000];

        // Upsampling mirrors a tone f at rate − f; the interpolation filter must keep f and remove the mirror (≥ 40 dB).
        var kept = Amplitude(output, frequency);
        Assert.AreEqual(1.0, kept, 0.06, "tone kept");
        Assert.IsLessThan(0.01, Amplitude(output, image), "mirror image removed");
    }

    [TestMethod]
    [DataRow(8000, 8000 * 7)]
    [DataRow(8000, 4321)]
    [DataRow(44100, 441 * 50)]
    [DataRow(48000, 3 * 7001)]
    [DataRow(22050, 441 * 33)]
    public void Flush_GivesTheSamplesOfOnePass_WhenStreamIsResampledInTwoPieces(int rate, int splitAt)
    {
        var random = new Random(rate);
        var input = Enumerable.Range(0, 3 * splitAt).Select(_ => (float)(random.NextDouble() - 0.5)).ToArray();
        var whole = Resample(input, rate);
        var probe = new Resampler(rate, 16000);
        var split = splitAt / probe.InputStep * probe.InputStep;
        var reach = probe.Reach;

        // Each piece reads the other's samples next to the cut instead of silence.
        var first = new Resampler(rate, 16000);
        var pieces = new List<float>();
        pieces.AddRange(first.Process(input.AsSpan(0, split)));
        pieces.AddRange(first.Flush(input.AsSpan(split, reach)));
        var second = new Resampler(rate, 16000, input.AsSpan(split - reach, reach));
        for (var i = split; i < input.Length; i += 3001)
        {
            pieces.AddRange(second.Process(input.AsSpan(i, Math.Min(3001, input.Length - i))));
        }

        pieces.AddRange(second.Flush());

        Assert.HasCount(whole.Length, pieces);
        Assert.AreEqual(0, Enumerable.Range(0, whole.Length).Count(i => whole[i] != pieces[i]), "samples that differ from one pass");
    }

    [TestMethod]
    [DataRow(8000)]
    [DataRow(11025)]
    [DataRow(44100)]
    public void Process_GivesTheSameSamples_WhateverTheBlocks(int rate)
    {
        // Small blocks leave the vectorised paths mostly unused (too few samples ahead), large ones use them for
        // nearly everything: each output must come out the same either way.
        var random = new Random(rate);
        var input = Enumerable.Range(0, rate).Select(_ => (float)(random.NextDouble() - 0.5)).ToArray();
        var whole = Resample(input, rate);
        var resampler = new Resampler(rate, 16000);
        var pieces = new List<float>();
        for (var i = 0; i < input.Length;)
        {
            var block = Math.Min(input.Length - i, random.Next(1, 20));
            pieces.AddRange(resampler.Process(input.AsSpan(i, block)));
            i += block;
        }

        pieces.AddRange(resampler.Flush());

        Assert.HasCount(whole.Length, pieces);
        Assert.AreEqual(0, Enumerable.Range(0, whole.Length).Count(i => whole[i] != pieces[i]), "samples that differ");
    }

    [TestMethod]
    public void Process_KeepsDcLevel_WhenUpsampling()
    {
        var input = Enumerable.Repeat(0.5f, 8000).ToArray();

        var output = Resample(input, 8000);

        Assert.AreEqual(0.5, output[8000], 1e-4);
    }

    private static float[] Resample(float[] input, int rate)
    {
        var resampler = new Resampler(rate, 16000);
        var output = new List<float>();
        for (var i = 0; i < input.Length; i += 4096)
        {
            output.AddRange(resampler.Process(input.AsSpan(i, Math.Min(4096, input.Length - i))));
        }

        output.AddRange(resampler.Flush());
        return [.. output];
    }

    private static float[] Tone(int rate, double frequency, double seconds) =>
        Enumerable.Range(0, (int)(rate * seconds)).Select(i => (float)Math.Sin(2 * Math.PI * frequency * i / rate)).ToArray();

    /// <summary>Amplitude of the <paramref name="frequency"/> component of a 16 kHz signal (a single DFT bin).</summary>
    private static double Amplitude(float[] samples, double frequency)
    {
        double re = 0, im = 0;
        for (var i = 0; i < samples.Length; i++)
        {
            var phase = 2 * Math.PI * frequency * i / 16000;
            re += samples[i] * Math.Cos(phase);
            im += samples[i] * Math.Sin(phase);
        }

        return 2 * Math.Sqrt((re * re) + (im * im)) / samples.Length;
    }

    private static double Rms(float[] samples) => Math.Sqrt(samples.Sum(s => (double)s * s) / samples.Length);
}
