namespace QualityAnalytics.Pipeline.Aggregation;

/// <summary>What a row of the daily aggregates is grouped by (column <c>dimension</c>).</summary>
public static class AggregateDimensions
{
    /// <summary>The whole contact centre; the key is empty.</summary>
    public const string All = "all";
    public const string Operator = "operator";
    public const string Team = "team";
    public const string ServiceCategory = "service_category";
    public const string Topic = "topic";

    public static readonly IReadOnlyList<string> Every = [All, Operator, Team, ServiceCategory, Topic];

    /// <summary>The key of a call in a dimension; '' when the call did not say (no team, no category).</summary>
    public static string KeyOf(CallFact call, string dimension) => dimension switch
    {
        All => "",
        Operator => call.OperatorId,
        Team => call.Team ?? "",
        ServiceCategory => call.ServiceCategory ?? "",
        Topic => call.Topic,
        _ => throw new ArgumentOutOfRangeException(nameof(dimension), dimension, "Unknown aggregate dimension."),
    };
}
