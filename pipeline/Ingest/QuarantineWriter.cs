using System.Text;

namespace QualityAnalytics.Pipeline.Ingest;

/// <summary>Puts rejected inputs under DATA/quarantine/&lt;input&gt;/&lt;item&gt;/: copies of the files and reason.txt.</summary>
/// <remarks>Copies, never moves: the input folder is the customer's and a re-run must see the same input.
/// Writing the same rejection again leaves the same files, so re-runs change nothing.</remarks>
public sealed class QuarantineWriter(string quarantineRoot)
{
    public string Write(InputFolder input, Rejection rejection)
    {
        var folder = Path.Combine(quarantineRoot, input.Name, rejection.Item);
        Directory.CreateDirectory(folder);
        foreach (var file in rejection.Files.Where(File.Exists))
        {
            File.Copy(file, Path.Combine(folder, Path.GetFileName(file)), overwrite: true);
        }

        var reason = new StringBuilder()
            .Append("reason: ").AppendLine(rejection.ReasonCode)
            .Append("detail: ").AppendLine(rejection.Detail)
            .Append("input: ").AppendLine(input.Root);
        if (rejection.CallId is not null)
        {
            reason.Append("call: ").AppendLine(rejection.CallId);
        }

        if (rejection.RawRow is not null)
        {
            reason.Append("row: ").AppendLine(rejection.RawRow);
        }

        File.WriteAllText(Path.Combine(folder, "reason.txt"), reason.ToString(), new UTF8Encoding(false));
        return folder;
    }
}
