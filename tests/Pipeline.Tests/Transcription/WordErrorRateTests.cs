namespace QualityAnalytics.Pipeline.Tests.Transcription;

[TestClass]
public sealed class WordErrorRateTests
{
    [TestMethod]
    [DataRow("Здравствуйте, чем могу помочь?", "здравствуйте чем могу помочь", 0.0)]
    [DataRow("заявление принято", "заявление не принято", 0.5)]
    [DataRow("ваш номер телефона", "ваш телефон", 2.0 / 3)]
    [DataRow("всё ещё ждём", "все еще ждем", 0.0)]
    public void Compute_CountsWordEdits_OverReferenceLength(string reference, string hypothesis, double expected)
    {
        Assert.AreEqual(expected, WordErrorRate.Compute(reference, hypothesis), 1e-9);
    }
}
