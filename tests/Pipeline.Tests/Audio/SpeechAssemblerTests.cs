using QualityAnalytics.Models.Calls;
using QualityAnalytics.Pipeline.Audio;
using QualityAnalytics.Pipeline.Transcription;

namespace QualityAnalytics.Pipeline.Tests.Audio;

[TestClass]
public sealed class SpeechAssemblerTests
{
    [TestMethod]
    public void Assemble_KeepsVadEdgesAndEmptyIntervals_WhenTextCoversSomeIntervals()
    {
        SpeechInterval[] speech = [new(1.0, 5.0), new(7.0, 8.0)];
        TimedText[] text = [new(0.9, 3.1, "Здравствуйте."), new(3.0, 5.3, "Чем могу помочь?")];

        var segments = SpeechAssembler.Assemble(speech, [Speaker.Operator, Speaker.Operator], text).ToList();

        Assert.HasCount(3, segments);
        Assert.AreEqual(new Segment(Speaker.Operator, 1.0, 3.1, "Здравствуйте."), segments[0]);
        Assert.AreEqual(new Segment(Speaker.Operator, 3.0, 5.0, "Чем могу помочь?"), segments[1]);
        Assert.AreEqual(new Segment(Speaker.Operator, 7.0, 8.0, ""), segments[2]);
    }
}
