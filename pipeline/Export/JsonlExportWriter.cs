using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace QualityAnalytics.Pipeline.Export;

/// <summary>One JSON object per line, snake_case, Cyrillic kept readable.</summary>
public static class JsonlExportWriter
{
    public static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        WriteIndented = false,
    };

    public static async Task WriteAsync(IEnumerable<ExportRecord> records, TextWriter output, CancellationToken cancellationToken)
    {
        foreach (var record in records)
        {
            cancellationToken.ThrowIfCancellationRequested();
            await output.WriteLineAsync(JsonSerializer.Serialize(record, Options));
        }

        await output.FlushAsync(cancellationToken);
    }
}
