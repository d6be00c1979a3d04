namespace QualityAnalytics.Models.Calls;

public enum Speaker
{
    Operator,
    Customer,
}
