using QualityAnalytics.Pipeline.Scoring.Matching;

namespace QualityAnalytics.Pipeline.Tests.Scoring;

[TestClass]
public sealed class TextNormalizerTests
{
    [TestMethod]
    [DataRow("Здравствуйте! Всё, ЁЛКИ-палки.", "здравствуйте все елки палки")]
    [DataRow("Срок — 10 рабочих дней", "срок десять рабочих дней")]
    [DataRow("позиция 43, сумма 1240 руб.", "позиция сорок три сумма тысяча двести сорок руб")]
    [DataRow("телефон 89161204513", "телефон восемь девять один шесть один два ноль четыре пять один три")]
    [DataRow("что-то ещё?", "что то еще")]
    public void Normalize_GivesAsrForm_WhenTextIsClean(string text, string expected) =>
        Assert.AreEqual(expected, TextNormalizer.Normalize(text));

    [TestMethod]
    public void Sentences_GivesEachWithItsMark_WhenTextIsPunctuated()
    {
        var sentences = TextNormalizer.Sentences("Квитанция у вас сохранилась? Назовите ФИО… и номер. ?! Спасибо").ToList();

        Assert.AreSequenceEqual(
            new[] { ("Квитанция у вас сохранилась", '?'), ("Назовите ФИО", '…'), ("и номер", '.'), ("Спасибо", '\0') },
            sentences);
    }

    [TestMethod]
    public void Sentences_GivesWholeText_WhenItHasNoMarks() =>
        Assert.AreSequenceEqual(new[] { ("вы меняли пароль", '\0') }, TextNormalizer.Sentences("вы меняли пароль").ToList());
}
