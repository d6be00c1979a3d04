using QualityAnalytics.Pipeline.Scoring.Matching;

namespace QualityAnalytics.Pipeline.Tests.Scoring;

[TestClass]
public sealed class PhraseMatcherTests
{
    private static readonly PhraseMatcher Matcher = new([["могу еще чем-то помочь"], ["серию и номер паспорта"], ["до свидания"], ["не долго"], ["по том"],
        ["добрый день"], ["я же сказала", "под залог"], ["год рождения"], ["есть еще вопросы"]]);

    private static PhraseHit[] Match(string text) => Matcher.Match(TextNormalizer.Tokenize(TextNormalizer.Normalize(text)));

    [TestMethod]
    [DataRow("Могу ещё чем-то помочь?")]
    [DataRow("чем то еще могу помочь")]
    [DataRow("могу ли я еще чем то помочь вам")]
    [DataRow("магу ещо чем то памочь")]
    public void Match_ScoresHigh_WhenPhraseReorderedOrMisheard(string text) =>
        Assert.IsGreaterThanOrEqualTo(0.78, Match(text)[0].Score, text);

    [TestMethod]
    public void Match_ScoresHigh_WhenWordsInflected() =>
        Assert.IsGreaterThanOrEqualTo(0.78, Match("продиктуйте серия и номер паспорта пожалуйста")[1].Score);

    [TestMethod]
    [DataRow("паспорт нужен для замены номера телефона серии не важны и так далее и так далее")]
    [DataRow("спасибо до свидания")]
    public void Match_ScoresLow_WhenWordsScatteredOrAbsent(string text) =>
        Assert.IsLessThan(0.78, Match(text)[1].Score, text);

    /// <summary>Words the recogniser glued together still count, each at the glued word's place.</summary>
    [TestMethod]
    [DataRow("могу ещечем то помочь", 0)]
    [DataRow("могу еще чемто помочь", 0)]
    [DataRow("могу еще чем то помочьвам", 0)]
    [DataRow("спасибо досвидания", 2)]
    public void Match_ScoresHigh_WhenRecogniserGluedWords(string text, int group) =>
        Assert.IsGreaterThanOrEqualTo(0.78, Match(text)[group].Score, text);

    /// <summary>A real word that merely begins like a script word is not taken apart: «недолго», «потом».</summary>
    [TestMethod]
    [DataRow("это недолго", 3)]
    [DataRow("потом перезвоните", 4)]
    public void Match_KeepsRealWordsWhole_WhenTheyStartLikeScriptWords(string text, int group) =>
        Assert.IsLessThan(0.78, Match(text)[group].Score, text);

    /// <summary>A short word with a letter lost («ден», «днь» for «день») completes a phrase whose other words are there,
    /// and two script words run together count even where the first one alone is a stem of the whole («добрыйдень»).</summary>
    [TestMethod]
    [DataRow("добрый ден", 5)]
    [DataRow("добрый днь", 5)]
    [DataRow("добрыйдень", 5)]
    [DataRow("отлично естьеще вопросы", 8)]
    public void Match_ScoresHigh_WhenShortWordLostALetterOrWordsRunTogether(string text, int group) =>
        Assert.IsGreaterThanOrEqualTo(0.78, Match(text)[group].Score, text);

    /// <summary>Not slips: another form of a short word («год» for «года»), a verb with a prefix that is a script word
    /// («подсказала» is no «под сказала»), a short word alone.</summary>
    [TestMethod]
    [DataRow("восемнадцатое октября девяностого года рождения", 7)]
    [DataRow("чтобы я подсказала по вашим настройкам", 6)]
    [DataRow("ден", 5)]
    public void Match_ScoresLow_WhenShortWordIsAnotherFormOrPrefixGlued(string text, int group) =>
        Assert.IsLessThan(0.78, Match(text)[group].Score, text);
}
