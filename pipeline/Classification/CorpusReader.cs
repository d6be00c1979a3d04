using System.Text.Json;
using QualityAnalytics.Models.Calls;

namespace QualityAnalytics.Pipeline.Classification;

/// <summary>Reads the labelled corpus (JSON lines). Segments carry no times there: each gets a plausible
/// duration from its length so the judge's time windows behave as on real calls.</summary>
public static class CorpusReader
{
    public static IReadOnlyList<CorpusDialogue> ReadDirectory(string dir) =>
        [.. Directory.GetFiles(dir, "*.jsonl").Order(StringComparer.Ordinal).SelectMany(ReadFile)];

    public static IEnumerable<CorpusDialogue> ReadFile(string path)
    {
        var lineNo = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNo++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            CorpusDialogue dialogue;
            try
            {
                dialogue = Parse(line);
            }
            catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException)
            {
                throw new InvalidDataException($"{path}:{lineNo}: не удалось разобрать диалог корпуса: {e.Message}", e);
            }

            yield return dialogue;
        }
    }

    public static CorpusDialogue Parse(string line)
    {
        using var doc = JsonDocument.Parse(line);
        var root = doc.RootElement;
        var segments = new List<Segment>();
        var clock = 0.0;
        foreach (var s in root.GetProperty("segments").EnumerateArray())
        {
            var text = s.GetProperty("text").GetString() ?? "";
            var speaker = s.GetProperty("speaker").GetString() == "operator" ? Speaker.Operator : Speaker.Customer;
            var duration = 0.8 + (0.33 * text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length);
            var start = clock + 0.6;
            string? operatorId = s.TryGetProperty("operator_id", out var op) && op.ValueKind == JsonValueKind.String ? op.GetString() : null;
            segments.Add(new Segment(speaker, Math.Round(start, 2), Math.Round(start + duration, 2), text) { OperatorId = operatorId });
            clock = start + duration;
        }

        var stages = new Dictionary<string, bool>();
        foreach (var p in root.GetProperty("stages").EnumerateObject())
        {
            stages[p.Name] = p.Value.GetBoolean();
        }

        var violations = new List<(string, int)>();
        if (root.TryGetProperty("violations", out var vs))
        {
            foreach (var v in vs.EnumerateArray())
            {
                violations.Add((v.GetProperty("rule").GetString() ?? "", v.TryGetProperty("segment", out var seg) ? seg.GetInt32() : -1));
            }
        }

        return new CorpusDialogue(
            root.GetProperty("id").GetString() ?? throw new InvalidOperationException("нет id"),
            root.GetProperty("topic").GetString() ?? "",
            root.GetProperty("resolution").GetString() ?? "",
            root.TryGetProperty("service_category", out var sc) ? sc.GetString() : null,
            root.TryGetProperty("needs_identification", out var ni) && ni.GetBoolean(),
            segments,
            stages,
            violations);
    }
}
