using QualityAnalytics.Jobs.Tests.Cli;

namespace QualityAnalytics.Jobs.Tests.Serve;

/// <summary><c>qa serve</c> and <c>qa enqueue</c> as a scheduler calls them.</summary>
[TestClass]
public sealed class ServeCommandLineTests
{
    public TestContext TestContext { get; set; } = null!;

    [TestMethod]
    [DataRow("serve", "--urls")]
    [DataRow("enqueue", "--input")]
    public async Task Help_DescribesCommand(string command, string option)
    {
        var result = await QaProcess.RunAsync(TestContext.CancellationToken, command, "--help");

        Assert.AreEqual(0, result.ExitCode);
        Assert.Contains(option, result.StdOut);
    }

    [TestMethod]
    public async Task Serve_RefusesOpenAddress_WhenNoCredentials()
    {
        var data = Directory.CreateTempSubdirectory("qa-data");

        var result = await QaProcess.RunAsync(TestContext.CancellationToken, "serve", "--data", data.FullName, "--urls", "http://0.0.0.0:5999");

        Assert.AreEqual(2, result.ExitCode);
        Assert.Contains("QA_DASHBOARD_USER", result.StdErr);
    }

    [TestMethod]
    public async Task Enqueue_ExitsNonZeroWithOneLine_WhenInputHasNoCallsCsv()
    {
        var input = Directory.CreateTempSubdirectory("qa-empty-input");
        var data = Directory.CreateTempSubdirectory("qa-data");

        var result = await QaProcess.RunAsync(TestContext.CancellationToken, "enqueue", "--input", input.FullName, "--data", data.FullName);

        Assert.AreEqual(2, result.ExitCode);
        Assert.Contains("calls.csv", result.StdErr);
    }
}
