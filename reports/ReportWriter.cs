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
        var managementData = await source.LoadManagementAsync(period, cancellationToken);
        WriteAtomically(management, path => new ManagementReportBuilder(options).Write(managementData, path));

        var training = Path.Combine(directory, $"training-{period.FileStem}.xlsx");
        var trainingData = await source.LoadTrainingAsync(period, new TrainingPlanner(catalogue.Value, options), cancellationToken);
        WriteAtomically(training, path => new TrainingReportBuilder(options).Write(trainingData, path));

        logger.LogInformation("Reports for {Period} written: {Management}, {Training}", period.Russian, management, training);
        return [management, training];
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
