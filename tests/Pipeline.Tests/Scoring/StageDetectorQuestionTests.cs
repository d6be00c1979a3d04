using QualityAnalytics.Models.Calls;
using QualityAnalytics.Models.Judgement;
using QualityAnalytics.Pipeline.Classification;
using QualityAnalytics.Pipeline.Scoring;
using static QualityAnalytics.Pipeline.Tests.Scoring.ScoringFixtures;

namespace QualityAnalytics.Pipeline.Tests.Scoring;

/// <summary>In a transcript without punctuation a question has lost its «?»: the question model tells it from its
/// words; in punctuated text it is not asked.</summary>
[TestClass]
public sealed class StageDetectorQuestionTests
{
    private const string Question = "вы в этом году меняли пароль";

    [TestMethod]
    public void NeedClarification_IsFoundByQuestionModel_WhenTranscriptHasNoPunctuation()
    {
        var questions = new WordsAsk(Question);

        var judgement = JudgeWith(questions, "о: госуслуги оператор анна здравствуйте", "к: не могу войти в учетную запись", $"о: {Question}", "к: да вчера менял");

        Assert.IsTrue(judgement.Stage(StageIds.NeedClarification).Done);
        Assert.IsFalse(JudgeWith(null, "о: госуслуги оператор анна здравствуйте", "к: не могу войти в учетную запись", $"о: {Question}", "к: да вчера менял")
            .Stage(StageIds.NeedClarification).Done, "without the model the turn shows no question");
    }

    [TestMethod]
    public void NeedClarification_DoesNotAskQuestionModel_WhenTranscriptIsPunctuated()
    {
        var questions = new WordsAsk(Question);

        var judgement = JudgeWith(questions, "о: Госуслуги, оператор Анна, здравствуйте.", "к: Не могу войти в учётную запись.", $"о: {Question}", "к: Да, вчера менял.");

        Assert.IsFalse(judgement.Stage(StageIds.NeedClarification).Done);
        Assert.AreEqual(0, questions.Asked);
    }

    /// <summary>A turn that asks for identification may ask about the request too, in a question of its own.</summary>
    [TestMethod]
    [DataRow("о: Квитанция об оплате у вас сохранилась? Назовите ФИО и номер постановления.", true)]
    [DataRow("о: То есть справка не сформировалась, верно? ФИО, СНИЛС, пожалуйста.", true)]
    [DataRow("о: Давайте проверим. Ваши ФИО и дата рождения?", false)]
    [DataRow("о: Спасибо. И последние четыре цифры СНИЛС?", false)]
    [DataRow("о: Назовите ФИО. Вы меня хорошо слышите?", false)]
    public void NeedClarification_IsFound_WhenQuestionSitsBesideIdentificationRequest(string line, bool expected)
    {
        var judgement = JudgeWith(null, "о: Госуслуги, оператор Анна, здравствуйте.", "к: У меня штраф списали два раза.", line, "к: Да.");

        Assert.AreEqual(expected, judgement.Stage(StageIds.NeedClarification).Done, line);
    }

    /// <summary>A short question that names a document asks whether the caller has it, unless it asks for the number.</summary>
    [TestMethod]
    [DataRow("о: Можно. СНИЛС у вас уже есть?", true)]
    [DataRow("о: Вы паспорт и СНИЛС уже внесли в профиль?", true)]
    [DataRow("о: СНИЛС?", false)]
    [DataRow("о: Назовите номер СНИЛС, если он у вас есть?", false)]
    public void NeedClarification_IsFound_WhenQuestionAsksAboutDocument(string line, bool expected)
    {
        var judgement = JudgeWith(null, "о: Госуслуги, оператор Анна, здравствуйте.", "к: Хочу зарегистрироваться на портале.", line, "к: Да.");

        Assert.AreEqual(expected, judgement.Stage(StageIds.NeedClarification).Done, line);
    }

    private static CallJudgement JudgeWith(IQuestionClassifier? questions, params string[] lines) =>
        new ScriptCallJudge(Script, new FixedClassifier(Topics.AccountAccess, Resolutions.Resolved), questions: questions)
            .Judge(Call(), Dialogue(lines), TranscriptSource.Transcript, new SpeedMetrics());

    /// <summary>Takes exactly one turn's words for a question, and counts how often it is asked.</summary>
    private sealed class WordsAsk(string question) : IQuestionClassifier
    {
        private int asked;

        public int Asked => asked;

        public bool IsQuestion(IReadOnlyList<string> words)
        {
            Interlocked.Increment(ref asked);
            return string.Join(' ', words) == question;
        }
    }
}
