using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Builder;
using QualityAnalytics.Jobs.Serve;
using QualityAnalytics.Pipeline;

namespace QualityAnalytics.Jobs.Tests.Serve;

/// <summary>A <c>qa serve</c> host in a separate process on a loopback port, started and killed by a test.</summary>
public sealed class ServeChild : IDisposable
{
    public const string Verb = "serve-child";

    private readonly Process process;
    private readonly Queue<string> tail = new();

    private ServeChild(Process process, int port)
    {
        this.process = process;
        Port = port;
        process.OutputDataReceived += (_, e) => Remember(e.Data);
        process.ErrorDataReceived += (_, e) => Remember(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public int Port { get; }

    /// <summary>The last lines the child printed, for failure messages.</summary>
    public string Tail
    {
        get
        {
            lock (tail)
            {
                return string.Join('\n', tail);
            }
        }
    }

    /// <summary>Child side: <c>serve-child DATA URLS</c>, options from the QA_ environment as in <c>qa serve</c>.</summary>
    public static async Task<int> RunAsync(string[] args)
    {
        var serve = ServeOptionsLoader.FromEnvironment();
        serve.Urls = args[1];
        var delay = int.Parse(Environment.GetEnvironmentVariable(TestJudge.DelayVariable) ?? "0", CultureInfo.InvariantCulture);
        await using var app = ServeHost.Build(new QaOptions { DataDir = Path.GetFullPath(args[0]) }, serve, s => TestJudge.AddWithFaults(s, delay));
        await app.RunAsync();
        return 0;
    }

    public static ServeChild Start(string dataDir, IReadOnlyDictionary<string, string> environment)
    {
        var port = FreeLoopbackPort();
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "QualityAnalytics.Jobs.Tests.dll"));
        start.ArgumentList.Add(Verb);
        start.ArgumentList.Add(dataDir);
        start.ArgumentList.Add($"http://127.0.0.1:{port}");
        start.Environment.Remove("QA_SQLSERVER");
        start.Environment.Remove("QA_DASHBOARD_USER");
        start.Environment.Remove("QA_DASHBOARD_PASSWORD");
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        return new ServeChild(Process.Start(start)!, port);
    }

    public async Task WaitHealthyAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline && !process.HasExited)
        {
            try
            {
                if ((await http.GetAsync($"http://127.0.0.1:{Port}/health", cancellationToken)).IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(200, cancellationToken);
        }

        Assert.Fail($"qa serve child not healthy within {timeout}:\n{Tail}");
    }

    /// <summary>SIGKILL: no shutdown hooks, no graceful stop of Hangfire workers, as in a power loss.</summary>
    public async Task KillAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
        }

        await process.WaitForExitAsync();
    }

    public void Dispose()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit(10_000);
        }

        process.Dispose();
    }

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private void Remember(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (tail)
        {
            tail.Enqueue(line);
            if (tail.Count > 40)
            {
                tail.Dequeue();
            }
        }
    }
}
