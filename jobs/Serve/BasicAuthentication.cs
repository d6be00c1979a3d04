using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace QualityAnalytics.Jobs.Serve;

/// <summary>HTTP basic authentication for the dashboard and /batches: every request, local ones included, when
/// credentials are configured. Compares in constant time so response timing leaks nothing about the password.</summary>
public sealed class BasicAuthentication(ServeOptions options)
{
    public const string RoleItem = "qa.dashboard-role";

    public async Task InvokeAsync(HttpContext context, RequestDelegate next)
    {
        var role = Authenticate(context.Request.Headers.Authorization.ToString());
        if (role == DashboardRole.None)
        {
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            context.Response.Headers.WWWAuthenticate = "Basic realm=\"QualityAnalytics\", charset=\"UTF-8\"";
            return;
        }

        context.Items[RoleItem] = role;
        await next(context);
    }

    public DashboardRole Authenticate(string header)
    {
        if (!AuthenticationHeaderValue.TryParse(header, out var value)
            || !string.Equals(value.Scheme, "Basic", StringComparison.OrdinalIgnoreCase) || value.Parameter is null)
        {
            return DashboardRole.None;
        }

        string decoded;
        try
        {
            decoded = Encoding.UTF8.GetString(Convert.FromBase64String(value.Parameter));
        }
        catch (FormatException)
        {
            return DashboardRole.None;
        }

        var colon = decoded.IndexOf(':', StringComparison.Ordinal);
        if (colon < 0)
        {
            return DashboardRole.None;
        }

        var (user, password) = (decoded[..colon], decoded[(colon + 1)..]);
        // Both pairs are always compared, so the time taken does not tell which one matched.
        var admin = Matches(user, password, options.DashboardUser, options.DashboardPassword);
        var viewer = options.HasViewer && Matches(user, password, options.ViewerUser, options.ViewerPassword);
        return admin ? DashboardRole.Admin : viewer ? DashboardRole.Viewer : DashboardRole.None;
    }

    private static bool Matches(string user, string password, string? expectedUser, string? expectedPassword) =>
        expectedUser is { Length: > 0 } && expectedPassword is { Length: > 0 }
        & FixedTimeEquals(user, expectedUser ?? "") & FixedTimeEquals(password, expectedPassword ?? "");

    // Hashing first gives equal lengths, so FixedTimeEquals does not leak the expected length either.
    private static bool FixedTimeEquals(string actual, string expected) =>
        CryptographicOperations.FixedTimeEquals(SHA256.HashData(Encoding.UTF8.GetBytes(actual)), SHA256.HashData(Encoding.UTF8.GetBytes(expected)));
}
