namespace QualityAnalytics.Pipeline.Ingest;

/// <summary>Column names of calls.csv (contract).</summary>
public static class CallsCsvColumns
{
    public const string CallId = "call_id";
    public const string StartedAt = "started_at";
    public const string OperatorId = "operator_id";
    public const string Recording = "recording";
    public const string OperatorName = "operator_name";
    public const string Team = "team";
    public const string CallerId = "caller_id";
    public const string ServiceCategory = "service_category";
    public const string QueueWaitS = "queue_wait_s";
    public const string HoldS = "hold_s";
    public const string ChannelLayout = "channel_layout";

    public static readonly IReadOnlyList<string> Required = [CallId, StartedAt, OperatorId, Recording];
}
