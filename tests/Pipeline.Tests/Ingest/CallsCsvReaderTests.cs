using QualityAnalytics.Models.Calls;
using QualityAnalytics.Pipeline.Ingest;
using QualityAnalytics.Pipeline.Tests.Support;

namespace QualityAnalytics.Pipeline.Tests.Ingest;

[TestClass]
public sealed class CallsCsvReaderTests
{
    private const string Header = "call_id,started_at,operator_id,recording,operator_name,team,queue_wait_s,hold_s,channel_layout";

    private static CallsCsvResult ReadCsv(TempFolder folder, string content)
    {
        folder.Write("calls.csv", content);
        return CallsCsvReader.Read(new InputFolder(folder.Path));
    }

    [TestMethod]
    public void Read_HandlesBomQuotedCommasAndEmbeddedNewlines()
    {
        using var folder = new TempFolder();
        var result = ReadCsv(folder,
            "\uFEFF" + Header + "\n" +
            "c-1,2026-11-24T09:15:00+03:00,op-1,,\"Смирнова, Анна\",\"Команда\nА\",18,0,stereo_operator_left\n");

        Assert.HasCount(1, result.Calls);
        Assert.IsEmpty(result.Rejected);
        var call = result.Calls[0];
        Assert.AreEqual("c-1", call.CallId);
        Assert.AreEqual("Смирнова, Анна", call.OperatorName);
        Assert.AreEqual("Команда\nА", call.Team);
        Assert.AreEqual(18, call.QueueWaitS);
        Assert.AreEqual(ChannelLayout.StereoOperatorLeft, call.ChannelLayout);
        Assert.AreEqual(new DateTimeOffset(2026, 11, 24, 9, 15, 0, TimeSpan.FromHours(3)), call.StartedAt);
        Assert.IsNull(call.Recording);
    }

    [TestMethod]
    [DataRow("c-1,2026-11-24 09:15,op-1,,,,,,", "bad_started_at")]
    [DataRow("c-1,24.11.2026 09:15:00 +03:00,op-1,,,,,,", "bad_started_at")]
    [DataRow("c-1,2026-13-24T09:15:00+03:00,op-1,,,,,,", "bad_started_at")]
    [DataRow("c-1,2026-11-24T09:15:00+03:00,,,,,,,", "missing_operator_id")]
    [DataRow("c-1,2026-11-24T09:15:00+03:00,op-1,,,,abc,,", "bad_queue_wait_s")]
    [DataRow("c-1,2026-11-24T09:15:00+03:00,op-1,,,,-4,,", "bad_queue_wait_s")]
    [DataRow("c-1,2026-11-24T09:15:00+03:00,op-1,,,,,NaN,", "bad_hold_s")]
    [DataRow("c-1,2026-11-24T09:15:00+03:00,op-1,,,,,,quad", "unknown_channel_layout")]
    [DataRow("c-1,2026-11-24T09:15:00+03:00,op-1,../../etc/passwd,,,,,", "recording_outside_input")]
    [DataRow("c-1,2026-11-24T09:15:00+03:00,op-1,/etc/passwd,,,,,", "recording_outside_input")]
    [DataRow("../c-1,2026-11-24T09:15:00+03:00,op-1,,,,,,", "bad_call_id")]
    [DataRow(",2026-11-24T09:15:00+03:00,op-1,,,,,,", "bad_call_id")]
    public void Read_RejectsRowWithReason_WhenFieldIsInvalid(string row, string reason)
    {
        using var folder = new TempFolder();
        var result = ReadCsv(folder, Header + "\n" + row + "\nc-ok,2026-11-24T10:00:00Z,op-2,,,,,,\n");

        Assert.HasCount(1, result.Calls, "the good row still goes through");
        Assert.AreEqual("c-ok", result.Calls[0].CallId);
        Assert.HasCount(1, result.Rejected);
        Assert.AreEqual(reason, result.Rejected[0].ReasonCode);
        Assert.AreEqual(row, result.Rejected[0].RawRow);
    }

    [TestMethod]
    public void Read_KeepsFirstAndRejectsLater_WhenCallIdRepeats()
    {
        using var folder = new TempFolder();
        var result = ReadCsv(folder, Header + "\n" +
            "c-1,2026-11-24T09:15:00+03:00,op-1,,,,,,\n" +
            "c-1,2026-11-24T09:20:00+03:00,op-2,,,,,,\n");

        Assert.HasCount(1, result.Calls);
        Assert.AreEqual("op-1", result.Calls[0].OperatorId);
        Assert.AreEqual("duplicate_call_id", result.Rejected.Single().ReasonCode);
    }

    [TestMethod]
    public void Read_Throws_WhenRequiredColumnIsMissing()
    {
        using var folder = new TempFolder();
        var error = Assert.ThrowsExactly<InputUnusableException>(() => ReadCsv(folder, "call_id,started_at,recording\nc-1,2026-11-24T09:15:00+03:00,\n"));

        Assert.Contains("operator_id", error.Message);
    }

    [TestMethod]
    public void Read_Throws_WhenCallsCsvIsAbsent()
    {
        using var folder = new TempFolder();
        var error = Assert.ThrowsExactly<InputUnusableException>(() => CallsCsvReader.Read(new InputFolder(folder.Path)));

        Assert.Contains("calls.csv", error.Message);
    }

    [TestMethod]
    public void Read_Throws_WhenCallsCsvIsEmpty()
    {
        using var folder = new TempFolder();
        Assert.ThrowsExactly<InputUnusableException>(() => ReadCsv(folder, ""));
    }

    [TestMethod]
    public void Read_AcceptsColumnsInAnyOrderAndCase()
    {
        using var folder = new TempFolder();
        var result = ReadCsv(folder, "Recording,Operator_ID,Started_At,Call_ID\n,op-1,2026-11-24T09:15:00.250+03:00,c-9\n");

        Assert.AreEqual("c-9", result.Calls.Single().CallId);
        Assert.AreEqual(250, result.Calls.Single().StartedAt.Millisecond);
    }
}
