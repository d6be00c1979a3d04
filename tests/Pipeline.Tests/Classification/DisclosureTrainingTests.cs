using QualityAnalytics.Models.Judgement;
using QualityAnalytics.Pipeline.Classification;
using QualityAnalytics.Pipeline.Tests.Scoring;

namespace QualityAnalytics.Pipeline.Tests.Classification;

[TestClass]
public sealed class DisclosureTrainingTests
{
    /// <summary>The model learns from exactly the turns the guard weighs: before identification, a turn that opens
    /// with the request left out, nothing after identification.</summary>
    [TestMethod]
    public void WeighedTurns_YieldsTurnsBeforeIdentificationWithGradersLabel_WhenDialogueDisclosesEarly()
    {
        var transcript = ScoringFixtures.Dialogue(
            "о: Здравствуйте, Госуслуги, оператор Анна.",
            "к: Хочу узнать, что с моим заявлением на пособие.",
            "о: Вижу по вашему номеру: заявление одобрено, выплата двенадцатого.",
            "о: Ой, сначала назовите, пожалуйста, фамилию, имя, отчество и дату рождения.",
            "к: Петрова Мария Ивановна, пятое марта восемьдесят седьмого года.",
            "о: Спасибо, данные совпадают. Ваше заявление одобрено, выплата придёт двенадцатого.");
        var dialogue = new CorpusDialogue("t-1", Topics.ApplicationStatus, Resolutions.Resolved, null, true, transcript.Segments,
            new Dictionary<string, bool>(), [(ViolationRules.PdBeforeIdentification, 2)]);

        var turns = DisclosureTraining.WeighedTurns(dialogue, ScoringFixtures.Script).ToList();

        Assert.HasCount(2, turns);
        Assert.IsFalse(turns[0].Discloses);
        Assert.IsTrue(turns[1].Discloses);
        Assert.AreEqual("вижу", turns[1].Words[0]);
    }

    /// <summary>An excerpt that begins mid-call may follow an identification no one sees: its turns teach nothing.</summary>
    [TestMethod]
    public void WeighedTurns_YieldsNothing_WhenExcerptBeginsMidCall()
    {
        var transcript = ScoringFixtures.Dialogue(
            "к: …ну так что там с разводом, бумага готова?",
            "о: Смотрю. Свидетельство готово, забрать можно в ЗАГСе с паспортом.");
        var dialogue = new CorpusDialogue("t-2", Topics.ApplicationStatus, Resolutions.Resolved, null, true, transcript.Segments,
            new Dictionary<string, bool>(), []);

        Assert.IsEmpty(DisclosureTraining.WeighedTurns(dialogue, ScoringFixtures.Script));
    }

    [TestMethod]
    public void Features_NamesEveryKindOfEvidenceAndTheirCount_WhenCuesFound()
    {
        var features = DisclosureTraining.Features(["вижу", "статус"], Pipeline.Scoring.DisclosureCues.LookUp | Pipeline.Scoring.DisclosureCues.Record);

        Assert.AreEqual("вижу статус qcuelookup qcuerecord qcuecount2", features.Operator);
    }
}
