using System.Globalization;
using CsvHelper;
using QualityAnalytics.Models.Judgement;

namespace QualityAnalytics.Pipeline.Export;

/// <summary>The export record flattened to one CSV row per call: scores, one done/start pair per stage,
/// violation rules joined by ';', speed figures.</summary>
public static class CsvExportWriter
{
    private static readonly string[] FixedColumns =
    [
        "call_id", "operator_id", "team", "started_at", "service_category", "transcript_source", "script_version",
        "topic", "resolution", "verdict", "overall", "adherence", "speed", "resolution_score",
    ];

    private static readonly string[] SpeedColumns =
    [
        "queue_wait_s", "first_response_s", "mean_response_s", "p95_response_s", "max_silence_s",
        "dead_air_ratio", "overtalk_ratio", "handle_s", "hold_s",
    ];

    public static async Task WriteAsync(IEnumerable<ExportRecord> records, TextWriter output, CancellationToken cancellationToken)
    {
        await using var csv = new CsvWriter(output, CultureInfo.InvariantCulture, leaveOpen: true);
        foreach (var column in Header())
        {
            csv.WriteField(column);
        }

        await csv.NextRecordAsync();
        foreach (var record in records)
        {
            cancellationToken.ThrowIfCancellationRequested();
            foreach (var field in Fields(record))
            {
                csv.WriteField(field);
            }

            await csv.NextRecordAsync();
        }

        await csv.FlushAsync();
    }

    public static IEnumerable<string> Header() =>
        FixedColumns
            .Concat(StageIds.All.SelectMany(id => new[] { $"stage_{id}_done", $"stage_{id}_start" }))
            .Append("violations")
            .Concat(SpeedColumns);

    private static IEnumerable<string> Fields(ExportRecord r)
    {
        string[] head =
        [
            r.CallId, r.OperatorId, r.Team ?? "", r.StartedAt, r.ServiceCategory ?? "", r.TranscriptSource, r.ScriptVersion,
            r.Topic, r.Resolution, r.Verdict, Number(r.Scores.Overall), Number(r.Scores.Adherence), Number(r.Scores.Speed),
            Number(r.Scores.Resolution),
        ];
        var stages = StageIds.All.SelectMany(id =>
        {
            var stage = r.Stages.FirstOrDefault(s => s.Id == id);
            return new[] { stage?.Done == true ? "true" : "false", Number(stage?.Start) };
        });
        var s = r.Speed;
        string[] speed =
        [
            Number(s.QueueWaitS), Number(s.FirstResponseS), Number(s.MeanResponseS), Number(s.P95ResponseS),
            Number(s.MaxSilenceS), Number(s.DeadAirRatio), Number(s.OvertalkRatio), Number(s.HandleS), Number(s.HoldS),
        ];
        return head.Concat(stages).Append(string.Join(';', r.Violations.Select(v => v.Rule))).Concat(speed);
    }

    private static string Number(double? value) => value?.ToString("0.######", CultureInfo.InvariantCulture) ?? "";
}
