namespace QualityAnalytics.Pipeline.Storage;

public enum SqlDialect
{
    Sqlite,
    SqlServer,
}
