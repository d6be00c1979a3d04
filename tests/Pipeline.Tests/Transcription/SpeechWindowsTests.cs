using QualityAnalytics.Pipeline.Audio;
using QualityAnalytics.Pipeline.Transcription;

namespace QualityAnalytics.Pipeline.Tests.Transcription;

[TestClass]
public sealed class SpeechWindowsTests
{
    [TestMethod]
    public void Build_JoinsCloseIntervals_AndNeverBridgesLongSilence()
    {
        SpeechInterval[] speech = [new(1.0, 3.0), new(3.5, 6.0), new(20.0, 22.0)];

        var windows = SpeechWindows.Build(speech, 30);

        Assert.HasCount(2, windows);
        Assert.AreEqual(new SpeechInterval(0.8, 6.2), windows[0]);
        Assert.AreEqual(new SpeechInterval(19.8, 22.2), windows[1]);
    }

    [TestMethod]
    public void Build_SplitsMonologue_WhenLongerThanWhisperWindow()
    {
        SpeechInterval[] speech = [new(0.0, 70.0)];

        var windows = SpeechWindows.Build(speech, 70);

        Assert.IsTrue(windows.All(w => w.Duration <= SpeechWindows.MaxWindow + (2 * SpeechWindows.Padding) + 1e-9));
        Assert.HasCount(3, windows);
        Assert.AreEqual(0.0, windows[0].Start);
        Assert.AreEqual(70.0, windows[^1].End);
    }
}
