using QualityAnalytics.Pipeline.Audio;
using QualityAnalytics.Pipeline.Audio.Decoding;
using QualityAnalytics.Pipeline.Tests.Audio.Fixtures;

namespace QualityAnalytics.Pipeline.Tests.Audio;

[TestClass]
public sealed class ZzDebugTests
{
    public TestContext TestContext { get; set; } = null!;

    [TestMethod]
    public void Debug_Vad()
    {
        var call = SyntheticCall.Get();
        foreach (var u in call.Timeline) TestContext.WriteLine($"truth {u.Speaker} {u.Start:0.00}-{u.End:0.00}");
        foreach (var f in new[] { "pcm16-16k.wav", "mulaw-8k.wav" })
        {
            using var d = new RecordingDecoder(new FfmpegTools(), long.MaxValue).Decode(Formats.Path(call, f), CancellationToken.None);
            foreach (var th in new[] { 0.5f, 0.35f })
            {
                using var vad = new VoiceActivityDetector(new AudioOptions { VadThreshold = th });
                for (var c = 0; c < 2; c++)
                {
                    var r = vad.Detect(d.Channels[c], CancellationToken.None);
                    TestContext.WriteLine($"{f} th={th} ch{c}: " + string.Join(", ", r.Select(i => $"{i.Start:0.00}-{i.End:0.00}")));
                    r = vad.Detect(d.Channels[c], CancellationToken.None);
                    TestContext.WriteLine($"{f} th={th} ch{c} again: " + string.Join(", ", r.Select(i => $"{i.Start:0.00}-{i.End:0.00}")));
                }
            }
        }
    }
}
