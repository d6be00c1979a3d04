using Microsoft.Extensions.DependencyInjection;
using QualityAnalytics.Models.Calls;
using QualityAnalytics.Models.Judgement;
using QualityAnalytics.Pipeline.Scoring;

namespace QualityAnalytics.Pipeline.Tests.Scoring;

[TestClass]
public sealed class ScoringServiceCollectionExtensionsTests
{
    [TestMethod]
    public void AddScoringStage_RegistersOneJudge_WithShippedScriptAndModels()
    {
        using var services = new ServiceCollection().AddScoringStage().BuildServiceProvider();

        var judge = services.GetRequiredService<ICallJudge>();
        var judgement = judge.Judge(ScoringFixtures.Call(), ScoringFixtures.Dialogue(
            "о: Здравствуйте, Госуслуги, Анна.",
            "к: Я оплатил госпошлину за паспорт, а в заявлении пишет ожидает оплаты.",
            "о: Когда вы платили?",
            "к: Вчера вечером с карты.",
            "о: Платёж поступает в течение пяти рабочих дней, после этого статус обновится сам, делать ничего не нужно.",
            "о: Остались вопросы? Всего доброго."), TranscriptSource.Transcript, new SpeedMetrics());

        Assert.AreSame(judge, services.GetRequiredService<ICallJudge>());
        Assert.Contains(judgement.Topic, Topics.All);
        Assert.Contains(judgement.Resolution, Resolutions.All);
    }

    [TestMethod]
    public void AddScoringStage_FailsClearly_WhenScriptMissing()
    {
        using var services = new ServiceCollection().AddScoringStage(o => o.ScriptPath = "/nonexistent/script.yaml").BuildServiceProvider();

        var e = Assert.ThrowsExactly<FileNotFoundException>(() => services.GetRequiredService<ICallJudge>());
        Assert.Contains("/nonexistent/script.yaml", e.Message);
    }
}
