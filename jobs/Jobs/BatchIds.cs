using System.Globalization;
using System.Text.RegularExpressions;

namespace QualityAnalytics.Jobs.Jobs;

/// <summary>Batch ids: readable on the dashboard, safe as file and log values.</summary>
public static partial class BatchIds
{
    /// <summary>Stable per inbox folder: the folder is "new" until a batch with this id is recorded.</summary>
    public static string ForInboxFolder(string folder) => "inbox-" + Clean(Path.GetFileName(Path.TrimEndingDirectorySeparator(folder)));

    /// <summary>Unique per request: enqueueing the same folder again is a new batch (its effects are idempotent).</summary>
    public static string ForManualRun(string folder, DateTimeOffset now) =>
        $"manual-{now.UtcDateTime.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture)}-{Clean(Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder))))}-{Guid.NewGuid().ToString("N")[..6]}";

    private static string Clean(string name)
    {
        var cleaned = Unsafe().Replace(name, "_");
        return cleaned.Length > 120 ? cleaned[..120] : cleaned;
    }

    [GeneratedRegex(@"[^\p{L}\p{Nd}._-]")]
    private static partial Regex Unsafe();
}
