using Microsoft.Extensions.Configuration;
using QualityAnalytics.Jobs.Serve;

namespace QualityAnalytics.Jobs.Tests.Serve;

[TestClass]
public sealed class ServeOptionsLoaderTests
{
    [TestMethod]
    public void From_BindsServeSectionAndContractCredentials()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Serve:WorkerCount"] = "6",
            ["Serve:Queues:0"] = "asr",
            ["Serve:NightlyCron"] = "15 3 * * *",
            ["Serve:InvisibilityTimeout"] = "01:00:00",
            ["DASHBOARD_USER"] = "admin",
            ["DASHBOARD_PASSWORD"] = "pw",
        }).Build();

        var options = ServeOptionsLoader.From(configuration);

        Assert.AreEqual(6, options.WorkerCount);
        Assert.AreSequenceEqual(new[] { "asr" }, options.Queues, "a configured list replaces the default, not appends to it");
        Assert.AreEqual("15 3 * * *", options.NightlyCron);
        Assert.AreEqual(TimeSpan.FromHours(1), options.InvisibilityTimeout);
        Assert.IsTrue(options.HasCredentials);
        Assert.IsFalse(options.HasViewer);
    }

    [TestMethod]
    public void From_KeepsDefaults_WhenNothingConfigured()
    {
        var options = ServeOptionsLoader.From(new ConfigurationBuilder().Build());

        Assert.AreSequenceEqual(new[] { "asr", "default" }, options.Queues);
        Assert.AreEqual("0 2 * * *", options.NightlyCron);
        Assert.AreEqual("Europe/Moscow", options.TimeZone);
        Assert.AreEqual("http://127.0.0.1:5080", options.Urls);
        Assert.IsFalse(options.HasCredentials);
    }
}
