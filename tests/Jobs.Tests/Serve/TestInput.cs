using System.Globalization;
using System.Text;
using QualityAnalytics.Models.Judgement;

namespace QualityAnalytics.Jobs.Tests.Serve;

/// <summary>Writes an input folder: calls with transcripts over two days, plus the bad inputs a night brings
/// (a row with a bad date, a malformed transcript, a stray transcript, a call the judge always fails on).</summary>
public static class TestInput
{
    public const string FailingCallId = "c-fails";

    public static string Create(string root, int calls, bool withBadInputs = true)
    {
        Directory.CreateDirectory(Path.Combine(root, "transcripts"));
        var csv = new StringBuilder("call_id,started_at,operator_id,team,recording,queue_wait_s,hold_s\n");
        for (var i = 0; i < calls; i++)
        {
            var id = $"c-{i:D3}";
            var day = 23 + (i % 2);
            csv.Append(CultureInfo.InvariantCulture, $"{id},2026-11-{day}T{9 + (i % 8):D2}:{i % 60:D2}:00+03:00,op-{i % 5},T{i % 2},,{i % 40},0\n");
            var doneStages = StageIds.All.Take(1 + (i % StageIds.All.Count)).ToList();
            File.WriteAllText(Path.Combine(root, "transcripts", id + ".json"), Transcript(id, string.Join(" ", doneStages), i));
        }

        if (withBadInputs)
        {
            csv.Append("c-baddate,yesterday,op-1,T1,,,\n");
            csv.Append("c-badjson,2026-11-23T12:00:00+03:00,op-1,T1,,,\n");
            File.WriteAllText(Path.Combine(root, "transcripts", "c-badjson.json"), "{ not json");
            csv.Append(CultureInfo.InvariantCulture, $"{FailingCallId},2026-11-24T12:00:00+03:00,op-2,T0,,,\n");
            File.WriteAllText(Path.Combine(root, "transcripts", FailingCallId + ".json"), Transcript(FailingCallId, "JUDGE_FAILS", 1));
            File.WriteAllText(Path.Combine(root, "transcripts", "c-stray.json"), Transcript("c-stray", "greeting", 1));
        }

        File.WriteAllText(Path.Combine(root, "calls.csv"), csv.ToString());
        return root;
    }

    /// <summary>Gives two calls of <see cref="Create"/> unusable recordings, their transcripts kept: c-000 names a file
    /// of junk bytes, c-001 one that is not there; c-002 keeps an empty recording column (allowed with a transcript).</summary>
    public static async Task AddUnusableRecordingsAsync(string root, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Path.Combine(root, "audio"));
        await File.WriteAllTextAsync(Path.Combine(root, "audio", "c-000.wav"), "not a recording", cancellationToken);
        await SetRecordingAsync(root, "c-000", "audio/c-000.wav", cancellationToken);
        await SetRecordingAsync(root, "c-001", "audio/c-001.wav", cancellationToken);
    }

    /// <summary>Sets the recording column of one call in calls.csv written by <see cref="Create"/>.</summary>
    private static async Task SetRecordingAsync(string root, string callId, string recording, CancellationToken cancellationToken)
    {
        var path = Path.Combine(root, "calls.csv");
        var lines = await File.ReadAllLinesAsync(path, cancellationToken);
        for (var i = 0; i < lines.Length; i++)
        {
            var cells = lines[i].Split(',');
            if (cells[0] == callId)
            {
                cells[4] = recording; // call_id,started_at,operator_id,team,recording,...
                lines[i] = string.Join(',', cells);
            }
        }

        await File.WriteAllTextAsync(path, string.Join('\n', lines) + "\n", cancellationToken);
    }

    private static string Transcript(string id, string operatorText, int seed) =>
        $$"""
        {"call_id": "{{id}}", "language": "ru", "segments": [
          {"speaker": "operator", "start": 0.5, "end": 3.0, "text": "{{operatorText}}"},
          {"speaker": "customer", "start": {{(3.5 + seed % 5).ToString(CultureInfo.InvariantCulture)}}, "end": 9.0, "text": "вопрос по заявлению"},
          {"speaker": "operator", "start": 9.4, "end": 14.0, "text": "ответ оператора"}]}
        """;
}
