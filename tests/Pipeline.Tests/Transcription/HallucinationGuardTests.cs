using QualityAnalytics.Pipeline.Audio;
using QualityAnalytics.Pipeline.Transcription;

namespace QualityAnalytics.Pipeline.Tests.Transcription;

[TestClass]
public sealed class HallucinationGuardTests
{
    private static readonly HallucinationGuard Guard = new(maxNoSpeechProbability: 0.6f, minAverageLogProbability: -1.0f);
    private static readonly SpeechInterval[] Speech = [new(1.0, 5.0), new(8.0, 12.0)];

    [TestMethod]
    public void Judge_Keeps_WhenConfidentTextInsideSpeech()
    {
        var segment = new RecognizedSegment(1.2, 4.8, "Здравствуйте, чем могу помочь?", 0.05f, -0.3f);

        Assert.IsNull(Guard.Judge(segment, Speech, null));
    }

    [TestMethod]
    [DataRow(5.5, 7.5, DropReason.OutsideSpeech)]
    [DataRow(1.0, 4.0, DropReason.NoSpeech)]
    public void Judge_Drops_WhenTimingOrNoSpeechSaysSilence(double start, double end, DropReason expected)
    {
        var segment = new RecognizedSegment(start, end, "Спасибо.", start > 5 ? 0.1f : 0.9f, -0.2f);

        Assert.AreEqual(expected, Guard.Judge(segment, Speech, null));
    }

    [TestMethod]
    public void Judge_DropsLowConfidence_WhenMeanLogProbabilityIsLow()
    {
        var segment = new RecognizedSegment(8.5, 11.0, "Какие-то слова", 0.1f, -1.7f);

        Assert.AreEqual(DropReason.LowConfidence, Guard.Judge(segment, Speech, null));
    }

    [TestMethod]
    [DataRow("Продолжение следует...")]
    [DataRow("Субтитры сделал DimaTorzok")]
    [DataRow("Спасибо за просмотр!")]
    public void Judge_DropsStockPhrase_WhenWhisperInventsCredits(string text)
    {
        var segment = new RecognizedSegment(1.5, 3.0, text, 0.1f, -0.2f);

        Assert.AreEqual(DropReason.KnownHallucination, Guard.Judge(segment, Speech, null));
    }

    [TestMethod]
    [DataRow("да да да да да")]
    [DataRow("спасибо большое спасибо большое спасибо большое")]
    [DataRow("и вот так и вот так и вот так")]
    public void Judge_DropsLoop_WhenPhraseRepeatsBackToBack(string text)
    {
        var segment = new RecognizedSegment(1.5, 4.5, text, 0.1f, -0.2f);

        Assert.AreEqual(DropReason.RepetitionLoop, Guard.Judge(segment, Speech, null));
    }

    [TestMethod]
    public void Judge_DropsRepeat_WhenSegmentRepeatsPreviousKeptText()
    {
        var segment = new RecognizedSegment(8.5, 11.0, "Ваше заявление на рассмотрении.", 0.1f, -0.2f);

        Assert.AreEqual(DropReason.RepetitionLoop, Guard.Judge(segment, Speech, "ваше заявление на рассмотрении"));
    }

    [TestMethod]
    [DataRow("да, да, конечно")]
    [DataRow("номер один два три четыре")]
    public void Judge_Keeps_WhenRepetitionIsNatural(string text)
    {
        var segment = new RecognizedSegment(1.5, 4.5, text, 0.1f, -0.2f);

        Assert.IsNull(Guard.Judge(segment, Speech, null));
    }
}
