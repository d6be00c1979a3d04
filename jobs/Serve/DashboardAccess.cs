using System.Net;
using Hangfire.Dashboard;
using Microsoft.AspNetCore.Http;

namespace QualityAnalytics.Jobs.Serve;

/// <summary>Who may see the dashboard and /batches: with credentials configured, whoever passed
/// <see cref="BasicAuthentication"/>; without them, requests from this machine only.</summary>
public sealed class DashboardAccess(ServeOptions options) : IDashboardAuthorizationFilter
{
    public bool Authorize(DashboardContext context) => IsAllowed(context.GetHttpContext());

    public bool IsAllowed(HttpContext http) => options.HasCredentials
        ? http.Items[BasicAuthentication.RoleItem] is DashboardRole.Admin or DashboardRole.Viewer
        : IsLocal(http.Connection);

    /// <summary>Viewers may look but not trigger, requeue or delete.</summary>
    public static bool IsReadOnly(DashboardContext context) =>
        context.GetHttpContext().Items[BasicAuthentication.RoleItem] is DashboardRole.Viewer;

    private static bool IsLocal(ConnectionInfo connection) => connection.RemoteIpAddress is { } remote
        && (IPAddress.IsLoopback(remote) || remote.Equals(connection.LocalIpAddress));
}
