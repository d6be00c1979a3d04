namespace QualityAnalytics.Pipeline.Tests.Classification;

/// <summary>The labelled corpus in the repository (models/corpus), found by walking up from the test binaries.</summary>
internal static class CorpusLocation
{
    public static string Directory
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "models", "corpus");
                if (System.IO.Directory.Exists(candidate) && System.IO.Directory.GetFiles(candidate, "*.jsonl").Length > 0)
                {
                    return candidate;
                }
            }

            throw new DirectoryNotFoundException("models/corpus not found above " + AppContext.BaseDirectory);
        }
    }
}
