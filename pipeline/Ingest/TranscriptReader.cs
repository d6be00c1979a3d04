using System.Text.Json;
using System.Text.Json.Serialization;
using QualityAnalytics.Models.Calls;

namespace QualityAnalytics.Pipeline.Ingest;

/// <summary>Reads and validates a transcript file (contract: transcripts/&lt;call_id&gt;.json).</summary>
public static class TranscriptReader
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        AllowTrailingCommas = false,
        ReadCommentHandling = JsonCommentHandling.Disallow,
    };

    /// <exception cref="InputRejectedException">malformed_transcript: the file is not a valid transcript of this call.</exception>
    public static Transcript Read(string path, string callId)
    {
        TranscriptFile? file;
        try
        {
            using var stream = File.OpenRead(path);
            file = JsonSerializer.Deserialize<TranscriptFile>(stream, Options);
        }
        catch (JsonException e)
        {
            throw Malformed($"is not valid JSON ({e.Message.Split('.')[0]})");
        }

        if (file?.Segments is null)
        {
            throw Malformed("has no \"segments\" array");
        }

        if (file.CallId is not null && file.CallId != callId)
        {
            throw Malformed($"belongs to call '{file.CallId}', not '{callId}'");
        }

        var segments = new List<Segment>(file.Segments.Count);
        for (var i = 0; i < file.Segments.Count; i++)
        {
            segments.Add(ToSegment(file.Segments[i], i));
        }

        segments.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : a.End.CompareTo(b.End));
        return new Transcript(callId, file.Language ?? "ru", segments);

        Segment ToSegment(SegmentDto? dto, int index)
        {
            if (dto is null)
            {
                throw Malformed($"has an empty segment #{index}");
            }

            var speaker = dto.Speaker switch
            {
                "operator" => Speaker.Operator,
                "customer" => Speaker.Customer,
                _ => throw Malformed($"segment #{index} has speaker '{dto.Speaker}', expected operator or customer"),
            };
            if (dto.Start is not { } start || dto.End is not { } end || !double.IsFinite(start) || !double.IsFinite(end) || start < 0 || end < start)
            {
                throw Malformed($"segment #{index} needs 0 <= start <= end (got {dto.Start}..{dto.End})");
            }

            return new Segment(speaker, start, end, dto.Text ?? "") { OperatorId = dto.OperatorId };
        }

        InputRejectedException Malformed(string what) =>
            new("malformed_transcript", $"Transcript {Path.GetFileName(path)} {what}.");
    }

    private sealed record TranscriptFile(string? CallId, string? Language, List<SegmentDto?>? Segments);

    private sealed record SegmentDto(
        string? Speaker,
        double? Start,
        double? End,
        string? Text,
        [property: JsonPropertyName("operator_id")] string? OperatorId);
}
