using QualityAnalytics.Jobs.Serve;

namespace QualityAnalytics.Jobs.Tests.Serve;

[TestClass]
public sealed class ListenAddressGuardTests
{
    [TestMethod]
    [DataRow("http://0.0.0.0:5080")]
    [DataRow("http://*:5080")]
    [DataRow("http://+:5080")]
    [DataRow("http://10.1.2.3:5080")]
    [DataRow("http://127.0.0.1:5080;http://0.0.0.0:5081")]
    public void Check_Refuses_WhenOpenAddressHasNoCredentials(string urls)
    {
        var error = Assert.ThrowsExactly<ServeConfigurationException>(() => ListenAddressGuard.Check(new ServeOptions { Urls = urls }));

        Assert.Contains("QA_DASHBOARD_USER", error.Message);
    }

    [TestMethod]
    [DataRow("http://127.0.0.1:5080")]
    [DataRow("http://localhost:5080")]
    [DataRow("http://[::1]:5080")]
    public void Check_Allows_WhenAddressIsLoopback(string urls) => ListenAddressGuard.Check(new ServeOptions { Urls = urls });

    [TestMethod]
    public void Check_Allows_WhenOpenAddressHasCredentials() =>
        ListenAddressGuard.Check(new ServeOptions { Urls = "http://0.0.0.0:5080", DashboardUser = "u", DashboardPassword = "p" });
}
