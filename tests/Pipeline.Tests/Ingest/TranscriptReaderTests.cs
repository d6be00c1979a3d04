using QualityAnalytics.Models.Calls;
using QualityAnalytics.Pipeline.Ingest;
using QualityAnalytics.Pipeline.Tests.Support;

namespace QualityAnalytics.Pipeline.Tests.Ingest;

[TestClass]
public sealed class TranscriptReaderTests
{
    [TestMethod]
    public void Read_ReturnsSegmentsInStartOrder()
    {
        using var folder = new TempFolder();
        var path = folder.Write("t.json", """
            {"call_id": "c-1", "language": "ru", "segments": [
              {"speaker": "customer", "start": 2.9, "end": 5.1, "text": "Здравствуйте"},
              {"speaker": "operator", "start": 0.0, "end": 2.4, "text": "Добрый день", "operator_id": "op-9"}]}
            """);

        var transcript = TranscriptReader.Read(path, "c-1");

        Assert.HasCount(2, transcript.Segments);
        Assert.AreEqual(Speaker.Operator, transcript.Segments[0].Speaker);
        Assert.AreEqual("op-9", transcript.Segments[0].OperatorId);
        Assert.AreEqual("Здравствуйте", transcript.Segments[1].Text);
    }

    [TestMethod]
    [DataRow("")]
    [DataRow("{not json")]
    [DataRow("""{"call_id": "c-1"}""")]
    [DataRow("""{"call_id": "c-2", "segments": []}""")]
    [DataRow("""{"segments": [{"speaker": "robot", "start": 0, "end": 1, "text": ""}]}""")]
    [DataRow("""{"segments": [{"speaker": "operator", "start": 3, "end": 1, "text": ""}]}""")]
    [DataRow("""{"segments": [{"speaker": "operator", "end": 1, "text": ""}]}""")]
    [DataRow("""{"segments": [null]}""")]
    public void Read_RejectsAsMalformed_WhenTranscriptIsInvalid(string content)
    {
        using var folder = new TempFolder();
        var path = folder.Write("t.json", content);

        var error = Assert.ThrowsExactly<InputRejectedException>(() => TranscriptReader.Read(path, "c-1"));

        Assert.AreEqual("malformed_transcript", error.ReasonCode);
    }
}
