using QualityAnalytics.Pipeline.Scoring;
using static QualityAnalytics.Pipeline.Tests.Scoring.ScoringFixtures;

namespace QualityAnalytics.Pipeline.Tests.Scoring;

[TestClass]
public sealed class PersonalDataGuardTests
{
    [TestMethod]
    public void Weigh_MarksCaughtItself_WhenOperatorApologisesAfterReadingOut()
    {
        var weighed = WeighLast(
            "к: Что там с моей выплатой?",
            "о: Да, тут отказ, превышение дохода на члена семьи. Ой, извините, сначала назовите, пожалуйста, фамилию, имя, отчество и дату рождения.");

        Assert.IsNotNull(weighed);
        Assert.IsTrue(weighed.Value.Cues.HasFlag(DisclosureCues.CaughtItself));
        Assert.DoesNotContain("назовите", weighed.Value.Words);
    }

    [TestMethod]
    public void Weigh_MarksCaughtItself_WhenOperatorSaysHeSpokeBeforeIdentifying()
    {
        var weighed = WeighLast(
            "к: Кто заходил в мой кабинет?",
            "о: Смотрю историю, вчера вечером был вход с браузера, город Новосибирск. Подождите, я ведь не уточнил, кто вы.");

        Assert.IsTrue(weighed!.Value.Cues.HasFlag(DisclosureCues.CaughtItself));
    }

    /// <summary>Recognised speech comes without sentence ends: the read-out is still told from the request.</summary>
    [TestMethod]
    public void Weigh_CutsTheRequestOff_WhenTurnIsOneRunOnSentence()
    {
        var weighed = WeighLast(
            "к: здравствуйте мой загранпаспорт готов",
            "о: сейчас посмотрю вижу заявление на загранпаспорт паспорт готов можно забирать ой простите сначала назовите пожалуйста фамилию имя отчество и дату рождения");

        Assert.IsNotNull(weighed);
        Assert.Contains("забирать", weighed.Value.Words);
        Assert.DoesNotContain("назовите", weighed.Value.Words);
        Assert.IsTrue(weighed.Value.Cues.HasFlag(DisclosureCues.CaughtItself));
        Assert.IsGreaterThanOrEqualTo(2, weighed.Value.Cues.Evidence());
    }

    [TestMethod]
    public void Weigh_FindsNothing_WhenApologyOpensTheRequest()
    {
        var weighed = WeighLast("к: Что с моим заявлением?", "о: Секунду. Извините, назовите, пожалуйста, фамилию, имя, отчество и дату рождения.");

        Assert.IsNotNull(weighed);
        Assert.AreEqual(0, weighed.Value.Cues.Evidence());
        Assert.IsFalse(weighed.Value.Cues.HasFlag(DisclosureCues.CaughtItself));
    }

    /// <summary>A status with nothing to say whose it is, after the caller spoke of his own case, is for the model to
    /// weigh; the cues alone do not count it (they would flag every general answer after «мой…»).</summary>
    [TestMethod]
    public void Weigh_HintsWithoutEvidence_WhenBareStatusAnswersCallersOwnCase()
    {
        var weighed = WeighLast("к: Мой паспорт готов?", "о: Да, готов, можно забирать.");

        Assert.AreEqual(DisclosureCues.BareStatus | DisclosureCues.CallerAskedOwnCase, weighed!.Value.Cues);
        Assert.AreEqual(0, weighed.Value.Cues.Evidence());
        Assert.IsEmpty(Judge(Dialogue("о: Госуслуги, здравствуйте.", "к: Мой паспорт готов?", "о: Да, готов, можно забирать.")).Violations);
    }

    private static (string[] Words, DisclosureCues Cues)? WeighLast(params string[] lines)
    {
        var views = TranscriptAnalyzer.Analyze(Dialogue(["о: Госуслуги, оператор Анна, здравствуйте.", .. lines]), Script);
        var last = views[^1];
        return PersonalDataGuard.Weigh(last, PersonalDataGuard.CallerTurnBefore(views, last), Script);
    }
}
