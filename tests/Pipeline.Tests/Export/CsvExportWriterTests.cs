using CsvHelper;
using System.Globalization;
using QualityAnalytics.Pipeline.Export;

namespace QualityAnalytics.Pipeline.Tests.Export;

[TestClass]
public sealed class CsvExportWriterTests
{
    public TestContext TestContext { get; set; } = null!;

    [TestMethod]
    public async Task Write_FlattensRecord_IntoOneRowPerCall()
    {
        var record = new ExportRecord
        {
            CallId = "c-1",
            OperatorId = "op-1",
            Team = "Команда, А",
            StartedAt = "2026-11-24T09:00:00+03:00",
            CallDate = "2026-11-24",
            TranscriptSource = "transcript",
            ScriptVersion = "v1",
            Topic = "payment",
            Resolution = "resolved",
            Verdict = "fail",
            Scores = new ExportScores(91.5, 95, 88, 100),
            Stages = [new ExportStage("greeting", true, 0.4, "Здравствуйте", true)],
            Violations = [new ExportViolation("forbidden_phrase", 3, "не знаю", false), new ExportViolation("pd_before_identification", 5, "x", true)],
            Speed = new QualityAnalytics.Models.Judgement.SpeedMetrics { QueueWaitS = 18, DeadAirRatio = 0.041234 },
        };
        var output = new StringWriter();

        await CsvExportWriter.WriteAsync([record], output, TestContext.CancellationToken);

        using var csv = new CsvReader(new StringReader(output.ToString()), CultureInfo.InvariantCulture);
        Assert.IsTrue(csv.Read());
        csv.ReadHeader();
        Assert.IsTrue(csv.Read());
        Assert.AreEqual("Команда, А", csv.GetField("team"));
        Assert.AreEqual("91.5", csv.GetField("overall"));
        Assert.AreEqual("true", csv.GetField("stage_greeting_done"));
        Assert.AreEqual("0.4", csv.GetField("stage_greeting_start"));
        Assert.AreEqual("false", csv.GetField("stage_farewell_done"));
        Assert.AreEqual("forbidden_phrase;pd_before_identification", csv.GetField("violations"));
        Assert.AreEqual("0.041234", csv.GetField("dead_air_ratio"));
        Assert.AreEqual("", csv.GetField("first_response_s"));
        Assert.IsFalse(csv.Read());
    }
}
