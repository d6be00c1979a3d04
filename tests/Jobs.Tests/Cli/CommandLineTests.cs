namespace QualityAnalytics.Jobs.Tests.Cli;

[TestClass]
public sealed class CommandLineTests
{
    public TestContext TestContext { get; set; } = null!;

    [TestMethod]
    public async Task Run_ExitsNonZeroWithOneLine_WhenInputHasNoCallsCsv()
    {
        var input = Directory.CreateTempSubdirectory("qa-empty-input");
        var data = Directory.CreateTempSubdirectory("qa-data");

        var result = await QaProcess.RunAsync(TestContext.CancellationToken, "run", "--input", input.FullName, "--data", data.FullName);

        Assert.AreNotEqual(0, result.ExitCode);
        var errorLines = result.StdErr.Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(l => l.StartsWith("qa:", StringComparison.Ordinal)).ToList();
        Assert.HasCount(1, errorLines);
        Assert.Contains("calls.csv", errorLines[0]);
    }

    [TestMethod]
    public async Task Run_ExitsNonZero_WhenRequiredColumnIsMissing()
    {
        var input = Directory.CreateTempSubdirectory("qa-input");
        File.WriteAllText(Path.Combine(input.FullName, "calls.csv"), "call_id,started_at\nc-1,2026-11-24T09:00:00+03:00\n");
        var data = Directory.CreateTempSubdirectory("qa-data");

        var result = await QaProcess.RunAsync(TestContext.CancellationToken, "run", "--input", input.FullName, "--data", data.FullName);

        Assert.AreEqual(2, result.ExitCode);
        Assert.Contains("operator_id", result.StdErr);
    }

    [TestMethod]
    [DataRow("run")]
    [DataRow("export")]
    [DataRow("report")]
    [DataRow("enqueue")]
    public async Task Help_DescribesCommand(string command)
    {
        var result = await QaProcess.RunAsync(TestContext.CancellationToken, command, "--help");

        Assert.AreEqual(0, result.ExitCode, result.StdErr);
        Assert.Contains("--data", result.StdOut);
    }

    /// <summary>The contract: every command answers <c>--help</c> (an option description is console markup, where a
    /// stray «[rule]» once made <c>qa evaluate --help</c> fail).</summary>
    [TestMethod]
    [DataRow("evaluate")]
    [DataRow("train")]
    [DataRow("model download")]
    public async Task Help_Answers_ForCommandsWithoutData(string command)
    {
        var result = await QaProcess.RunAsync(TestContext.CancellationToken, [.. command.Split(' '), "--help"]);

        Assert.AreEqual(0, result.ExitCode, result.StdErr);
        Assert.Contains("--help", result.StdOut);
    }

    [TestMethod]
    public async Task Export_RejectsUnknownFormat()
    {
        var data = Directory.CreateTempSubdirectory("qa-data");

        var result = await QaProcess.RunAsync(TestContext.CancellationToken, "export", "--data", data.FullName, "--format", "xml");

        Assert.AreNotEqual(0, result.ExitCode);
        Assert.Contains("jsonl or csv", result.StdErr + result.StdOut);
    }
}
