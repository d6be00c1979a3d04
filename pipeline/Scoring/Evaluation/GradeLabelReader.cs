using System.Text.Json;

namespace QualityAnalytics.Pipeline.Scoring.Evaluation;

/// <summary>Reads grader labels: JSON lines with call_id, topic, resolution, stages {id: done}, violations [rule]
/// (a violation may also be an object with a "rule" field).</summary>
public static class GradeLabelReader
{
    public static IReadOnlyList<GradeLabel> Read(string path)
    {
        var labels = new List<GradeLabel>();
        var lineNo = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNo++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            try
            {
                labels.Add(Parse(line));
            }
            catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException)
            {
                throw new InvalidDataException($"{path}:{lineNo}: не удалось разобрать разметку: {e.Message}", e);
            }
        }

        return labels;
    }

    public static GradeLabel Parse(string line)
    {
        using var doc = JsonDocument.Parse(line);
        var root = doc.RootElement;
        var stages = new Dictionary<string, bool>();
        if (root.TryGetProperty("stages", out var st))
        {
            foreach (var p in st.EnumerateObject())
            {
                stages[p.Name] = p.Value.GetBoolean();
            }
        }

        var violations = new List<string>();
        if (root.TryGetProperty("violations", out var vs))
        {
            foreach (var v in vs.EnumerateArray())
            {
                violations.Add(v.ValueKind == JsonValueKind.String
                    ? v.GetString() ?? ""
                    : v.GetProperty("rule").GetString() ?? "");
            }
        }

        return new GradeLabel(
            root.GetProperty("call_id").GetString() ?? throw new InvalidOperationException("нет call_id"),
            root.TryGetProperty("topic", out var t) ? t.GetString() ?? "" : "",
            root.TryGetProperty("resolution", out var r) ? r.GetString() ?? "" : "",
            stages,
            violations);
    }
}
