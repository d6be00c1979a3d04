using System.Diagnostics;

namespace QualityAnalytics.Tests.Support;

/// <summary>Headless LibreOffice: proves a workbook renders. Absent on a machine without it (tests then skip).</summary>
internal static class LibreOffice
{
    public static string? Executable =>
        new[] { "/usr/bin/soffice", "/usr/local/bin/soffice", "/usr/lib/libreoffice/program/soffice" }.FirstOrDefault(File.Exists);

    /// <returns>The PDF written next to the workbook.</returns>
    public static async Task<string> ConvertToPdfAsync(string workbook, CancellationToken cancellationToken)
    {
        var soffice = Executable ?? throw new InvalidOperationException("LibreOffice is not installed.");
        var outDir = Path.GetDirectoryName(workbook)!;
        // A private profile: parallel conversions with a shared profile block each other.
        var profile = Path.Combine(Path.GetTempPath(), "qa-lo-" + Guid.NewGuid().ToString("N"));
        var start = new ProcessStartInfo(soffice)
        {
            ArgumentList = { $"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "pdf", "--outdir", outDir, workbook },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromMinutes(3));
        await process.WaitForExitAsync(timeout.Token);
        var error = await process.StandardError.ReadToEndAsync(cancellationToken);
        try
        {
            Directory.Delete(profile, recursive: true);
        }
        catch (IOException)
        {
            // LibreOffice may still hold a lock file for a moment; the temp folder is cleaned anyway.
        }

        var pdf = Path.Combine(outDir, Path.GetFileNameWithoutExtension(workbook) + ".pdf");
        if (process.ExitCode != 0 || !File.Exists(pdf))
        {
            throw new InvalidOperationException($"LibreOffice failed ({process.ExitCode}) converting {workbook}: {error}");
        }

        return pdf;
    }
}
