namespace QualityAnalytics.Jobs.Serve;

/// <summary>Who a dashboard request authenticated as.</summary>
public enum DashboardRole
{
    None,
    Viewer,
    Admin,
}
