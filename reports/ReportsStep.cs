using QualityAnalytics.Pipeline.Batch;

namespace QualityAnalytics.Reports;

/// <summary>Batch completion step 200: the workbooks for the batch's date range, after aggregation (100).</summary>
public sealed class ReportsStep(ReportWriter writer) : IBatchCompletionStep
{
    public int Order => 200;

    public async Task<IReadOnlyList<string>> RunAsync(BatchCompletionContext context, CancellationToken cancellationToken)
    {
        if (context.Dates.Count == 0)
        {
            return [];
        }

        var period = new ReportPeriod(context.Dates.Min(), context.Dates.Max());
        return await writer.WriteAsync(period, cancellationToken);
    }
}
