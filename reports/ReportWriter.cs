using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using QualityAnalytics.Pipeline;
using QualityAnalytics.Reports.Data;
using QualityAnalytics.Reports.Management;
using QualityAnalytics.Reports.Training;

namespace QualityAnalytics.Reports;

/// <summary>Writes both workbooks of a period into the reports folder: management-FROM_TO.xlsx and training-FROM_TO.xlsx.</summary>
public sealed class ReportWriter(
    ReportDataSource source,
    QaOptions qaOptions,
    IOptions<ReportOptions> reportOptions,
    ILogger<ReportWriter> logger)
{
    private readonly Lazy<TrainingCatalogue> catalogue = new(() => TrainingCatalogue.Load(TrainingCatalogue.DefaultPath));

    /// <returns>The paths written.</returns>
    public async Task<IReadOnlyList<string>> WriteAsync(ReportPeriod period, CancellationToken cancellationToken)
    {
        var directory = qaOptions.ReportsDir;
        Directory.CreateDirectory(directory);
        var options = reportOptions.Value;

        var management = Path.Combine(directory, $"management-{period.FileStem}.xlsx");
        var training = Path.Combine(directory, $"training-{period.FileStem}.xlsx");
        // The two workbooks share nothing but the database: built side by side, the slower one sets the pace.
        await Task.WhenAll(
            Task.Run(() => WriteOneAsync("Management", management,
                () => source.LoadManagementAsync(period, cancellationToken),
                (data, path) => new ManagementReportBuilder(options).Write(data, path)), cancellationToken),
            Task.Run(() => WriteOneAsync("Training", training,
                () => source.LoadTrainingAsync(period, new TrainingPlanner(catalogue.Value, options), cancellationToken),
                (data, path) => new TrainingReportBuilder(options).Write(data, path)), cancellationToken));

        logger.LogInformation("Reports for {Period} written: {Management}, {Training}", period.Russian, management, training);
        return [management, training];
    }

    private async Task WriteOneAsync<T>(string name, string path, Func<Task<T>> load, Action<T, string> build)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var data = await load();
        var loaded = clock.Elapsed;
        WriteAtomically(path, temporary => build(data, temporary));
        logger.LogInformation("{Report} report: data read in {Read:F1} s, workbook written in {Written:F1} s",
            name, loaded.TotalSeconds, (clock.Elapsed - loaded).TotalSeconds);
    }

    /// <summary>A reader who opens the file mid-run sees the old workbook or the new one, never half of one.</summary>
    private static void WriteAtomically(string path, Action<string> write)
    {
        var temporary = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(path))!, $".{Path.GetFileNameWithoutExtension(path)}.{Guid.NewGuid():N}.xlsx");
        try
        {
            write(temporary);
            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            if (File.Exists(temporary))
            {
                File.Delete(temporary);
            }
        }
    }
}
