using System.Text.RegularExpressions;

namespace QualityAnalytics.Jobs.Tests.Serve;

/// <summary>Reads the rolling log file of a data folder, the way an operator greps it.</summary>
public static partial class JobLog
{
    /// <summary>How many times each call of the batch reported its result ("Call X scored" / "quarantined"),
    /// counting only lines that carry the batch_id and call_id log properties.</summary>
    public static IReadOnlyDictionary<string, int> CallResults(string dataDir, string batchId)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var line in Lines(dataDir))
        {
            var match = CallResult().Match(line);
            if (match.Success && line.Contains($"\"batch_id\":\"{batchId}\"", StringComparison.Ordinal)
                && line.Contains($"\"call_id\":\"{match.Groups[1].Value}\"", StringComparison.Ordinal))
            {
                counts[match.Groups[1].Value] = counts.GetValueOrDefault(match.Groups[1].Value) + 1;
            }
        }

        return counts;
    }

    public static IEnumerable<string> Lines(string dataDir)
    {
        var logs = Path.Combine(dataDir, "logs");
        if (!Directory.Exists(logs))
        {
            yield break;
        }

        foreach (var file in Directory.EnumerateFiles(logs, "qa-*.log"))
        {
            // The server may still hold the file open (shared mode).
            using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            using var reader = new StreamReader(stream);
            while (reader.ReadLine() is { } line)
            {
                yield return line;
            }
        }
    }

    [GeneratedRegex(@"\] Call (\S+) (scored|quarantined)")]
    private static partial Regex CallResult();
}
