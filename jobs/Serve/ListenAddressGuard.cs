using System.Net;

namespace QualityAnalytics.Jobs.Serve;

/// <summary>Refuses to expose the dashboard beyond this machine without credentials: the dashboard can trigger
/// and delete jobs, and the batches it shows name operators.</summary>
public static class ListenAddressGuard
{
    public static void Check(ServeOptions options)
    {
        if (options.HasCredentials)
        {
            return;
        }

        var open = Split(options.Urls).Where(url => !IsLoopback(url)).ToList();
        if (open.Count > 0)
        {
            throw new ServeConfigurationException(
                $"refusing to listen on {string.Join(", ", open)} without dashboard credentials: set QA_DASHBOARD_USER and " +
                "QA_DASHBOARD_PASSWORD, or listen on a loopback address such as http://127.0.0.1:5080");
        }
    }

    public static IEnumerable<string> Split(string urls) =>
        urls.Split([';', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public static bool IsLoopback(string url)
    {
        // Kestrel's wildcards (*, +) are not valid URI hosts; they bind every interface anyway.
        if (!Uri.TryCreate(url.Replace("://*", "://wildcard.invalid").Replace("://+", "://wildcard.invalid"), UriKind.Absolute, out var uri))
        {
            return false;
        }

        return uri.IsLoopback || (IPAddress.TryParse(uri.Host.Trim('[', ']'), out var address) && IPAddress.IsLoopback(address));
    }
}
