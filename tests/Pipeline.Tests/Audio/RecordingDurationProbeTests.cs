using Microsoft.Extensions.Options;
using QualityAnalytics.Pipeline.Audio;
using QualityAnalytics.Pipeline.Audio.Decoding;
using QualityAnalytics.Pipeline.Ingest;
using QualityAnalytics.Pipeline.Tests.Audio.Fixtures;

namespace QualityAnalytics.Pipeline.Tests.Audio;

[TestClass]
public sealed class RecordingDurationProbeTests
{
    public TestContext TestContext { get; set; } = null!;

    [TestMethod]
    [DataRow("mulaw-8k.wav")]
    [DataRow("mp3-8k.mp3")]
    [DataRow("opus-48k.opus")]
    [DataRow("flac-8k.flac")]
    public async Task DurationSecondsAsync_GivesRealDuration_WhenRecordingIsReadable(string format)
    {
        var call = SyntheticCall.Get();
        var probe = new RecordingDurationProbe(Options.Create(new AudioOptions()));

        var seconds = await probe.DurationSecondsAsync(Formats.Path(call, format), TestContext.CancellationToken);

        Assert.AreEqual(call.DurationS, seconds, 0.010);
    }

    [TestMethod]
    public async Task DurationSecondsAsync_Rejects_WhenFileIsNotAudio()
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory("qa-probe-").FullName, "x.wav");
        await File.WriteAllTextAsync(path, "hello", TestContext.CancellationToken);
        var probe = new RecordingDurationProbe(Options.Create(new AudioOptions()));

        var e = await Assert.ThrowsExactlyAsync<InputRejectedException>(() => probe.DurationSecondsAsync(path, TestContext.CancellationToken));

        Assert.AreEqual(AudioRejections.UnreadableCode, e.ReasonCode);
    }
}
