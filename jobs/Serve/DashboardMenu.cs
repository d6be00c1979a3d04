using Hangfire.Dashboard;

namespace QualityAnalytics.Jobs.Serve;

/// <summary>A "Пакеты" item in the dashboard's navigation: batch progress is one click from the job lists.</summary>
/// <remarks>Hangfire's navigation menu is process-wide, so the item is added once per process.</remarks>
public static class DashboardMenu
{
    private static int added;

    public static void AddBatchesLink()
    {
        if (Interlocked.Exchange(ref added, 1) == 0)
        {
            NavigationMenu.Items.Add(page => new MenuItem("Пакеты звонков", page.Url.To("/../batches")));
        }
    }
}
