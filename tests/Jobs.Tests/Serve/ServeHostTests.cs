using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Hangfire;
using Hangfire.Storage;
using Microsoft.Extensions.DependencyInjection;
using QualityAnalytics.Jobs.Jobs;

namespace QualityAnalytics.Jobs.Tests.Serve;

[TestClass]
public sealed class ServeHostTests
{
    public TestContext TestContext { get; set; } = null!;

    [TestMethod]
    public async Task Start_RegistersNightlyBatch_WithConfiguredCronAndTimeZone()
    {
        var data = Directory.CreateTempSubdirectory("qa-serve");
        var options = ServeTestHost.FastOptions();
        options.NightlyCron = "30 1 * * 1-5";
        options.TimeZone = "Asia/Yekaterinburg";
        await using var host = await ServeTestHost.StartAsync(data.FullName, options, TestContext.CancellationToken);

        using var connection = host.Services.GetRequiredService<JobStorage>().GetConnection();
        var jobs = connection.GetRecurringJobs();

        var nightly = jobs.Single(j => j.Id == NightlyBatchJob.RecurringJobId);
        Assert.AreEqual("30 1 * * 1-5", nightly.Cron);
        Assert.AreEqual("Asia/Yekaterinburg", nightly.TimeZoneId);
        Assert.AreEqual(typeof(NightlyBatchJob), nightly.Job.Type);
        Assert.AreEqual("default", nightly.Queue);
    }

    [TestMethod]
    public async Task Dashboard_Answers401WithoutCredentials_And200WithThem()
    {
        var data = Directory.CreateTempSubdirectory("qa-serve");
        var options = ServeTestHost.FastOptions();
        options.DashboardUser = "qa-admin";
        options.DashboardPassword = "s3cret-пароль";
        options.ViewerUser = "viewer";
        options.ViewerPassword = "look-only";
        await using var host = await ServeTestHost.StartAsync(data.FullName, options, TestContext.CancellationToken);
        using var http = new HttpClient { BaseAddress = host.BaseAddress };

        var anonymous = await http.GetAsync("/hangfire", TestContext.CancellationToken);
        var wrong = await SendAsync(http, "/hangfire", "qa-admin", "wrong");
        var admin = await SendAsync(http, "/hangfire", "qa-admin", "s3cret-пароль");
        var viewer = await SendAsync(http, "/hangfire/recurring", "viewer", "look-only");
        var batchesAnonymous = await http.GetAsync("/batches", TestContext.CancellationToken);
        var batches = await SendAsync(http, "/batches", "qa-admin", "s3cret-пароль");
        var health = await http.GetAsync("/health", TestContext.CancellationToken);

        Assert.AreEqual(HttpStatusCode.Unauthorized, anonymous.StatusCode, "anonymous request from localhost");
        Assert.AreEqual("Basic", anonymous.Headers.WwwAuthenticate.Single().Scheme);
        Assert.AreEqual(HttpStatusCode.Unauthorized, wrong.StatusCode);
        Assert.AreEqual(HttpStatusCode.OK, admin.StatusCode);
        Assert.Contains("Hangfire", await admin.Content.ReadAsStringAsync(TestContext.CancellationToken));
        Assert.AreEqual(HttpStatusCode.OK, viewer.StatusCode);
        Assert.DoesNotContain("Trigger now", await viewer.Content.ReadAsStringAsync(TestContext.CancellationToken), "viewers cannot trigger jobs");
        Assert.AreEqual(HttpStatusCode.Unauthorized, batchesAnonymous.StatusCode);
        Assert.AreEqual(HttpStatusCode.OK, batches.StatusCode);
        Assert.AreEqual(HttpStatusCode.OK, health.StatusCode, "/health needs no credentials");
    }

    [TestMethod]
    public async Task Dashboard_ServesLocalRequests_WhenNoCredentialsConfigured()
    {
        var data = Directory.CreateTempSubdirectory("qa-serve");
        await using var host = await ServeTestHost.StartAsync(data.FullName, ServeTestHost.FastOptions(), TestContext.CancellationToken);
        using var http = new HttpClient { BaseAddress = host.BaseAddress };

        var dashboard = await http.GetAsync("/hangfire", TestContext.CancellationToken);
        var batches = await http.GetAsync("/batches", TestContext.CancellationToken);

        Assert.AreEqual(HttpStatusCode.OK, dashboard.StatusCode);
        Assert.AreEqual(HttpStatusCode.OK, batches.StatusCode);
        Assert.Contains("Пакеты звонков", await batches.Content.ReadAsStringAsync(TestContext.CancellationToken));
    }

    [TestMethod]
    public async Task Dashboard_OffersTriggerNow_ToAdmin()
    {
        var data = Directory.CreateTempSubdirectory("qa-serve");
        var options = ServeTestHost.FastOptions();
        options.DashboardUser = "qa-admin";
        options.DashboardPassword = "pw";
        await using var host = await ServeTestHost.StartAsync(data.FullName, options, TestContext.CancellationToken);
        using var http = new HttpClient { BaseAddress = host.BaseAddress };

        var page = await SendAsync(http, "/hangfire/recurring", "qa-admin", "pw");

        var html = await page.Content.ReadAsStringAsync(TestContext.CancellationToken);
        Assert.Contains(NightlyBatchJob.RecurringJobId, html);
        Assert.Contains("Trigger now", html);
    }

    private Task<HttpResponseMessage> SendAsync(HttpClient http, string path, string user, string password)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{user}:{password}")));
        return http.SendAsync(request, TestContext.CancellationToken);
    }
}
