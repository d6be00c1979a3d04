namespace QualityAnalytics.Pipeline.Ingest;

/// <summary>The layout of an input folder (contract: calls.csv, audio/…, transcripts/&lt;call_id&gt;.json).</summary>
public sealed class InputFolder
{
    public InputFolder(string path)
    {
        Root = Path.GetFullPath(path);
    }

    public string Root { get; }
    public string CallsCsv => Path.Combine(Root, "calls.csv");
    public string TranscriptsDir => Path.Combine(Root, "transcripts");

    /// <summary>A short name for quarantine folders and logs.</summary>
    public string Name => Path.GetFileName(Root.TrimEnd(Path.DirectorySeparatorChar)) is { Length: > 0 } name ? name : "input";

    public string TranscriptPath(string callId) => Path.Combine(TranscriptsDir, callId + ".json");

    /// <summary>Resolves a recording path from calls.csv, or null when it would leave the input folder.</summary>
    public string? ResolveInside(string relativePath)
    {
        if (Path.IsPathRooted(relativePath))
        {
            return null;
        }

        var full = Path.GetFullPath(Path.Combine(Root, relativePath));
        var rootWithSeparator = Root.EndsWith(Path.DirectorySeparatorChar) ? Root : Root + Path.DirectorySeparatorChar;
        return full.StartsWith(rootWithSeparator, StringComparison.Ordinal) ? full : null;
    }
}
