using System.Net;
using QualityAnalytics.Pipeline.Transcription;

namespace QualityAnalytics.Pipeline.Tests.Transcription;

[TestClass]
public sealed class WhisperModelDownloaderTests
{
    public TestContext TestContext { get; set; } = null!;

    [TestMethod]
    public async Task DownloadAsync_ThrowsClearMessageAndLeavesNoFile_WhenOffline()
    {
        var folder = Directory.CreateTempSubdirectory("qa-model-").FullName;
        var target = Path.Combine(folder, "ggml-base.bin");
        using var http = new HttpClient(new Handler(_ => throw new HttpRequestException("Name or service not known")));

        var e = await Assert.ThrowsExactlyAsync<ModelDownloadException>(
            () => new WhisperModelDownloader(http).DownloadAsync("base", target, TestContext.CancellationToken));

        Assert.Contains("could not download the Whisper base model", e.Message);
        Assert.IsEmpty(Directory.GetFiles(folder));
    }

    [TestMethod]
    public async Task DownloadAsync_WritesModelAtomically_WhenServerAnswers()
    {
        var folder = Directory.CreateTempSubdirectory("qa-model-").FullName;
        var target = Path.Combine(folder, "ggml-small.bin");
        var payload = new byte[300_000];
        new Random(3).NextBytes(payload);
        Uri? asked = null;
        using var http = new HttpClient(new Handler(request =>
        {
            asked = request.RequestUri;
            return new HttpResponseMessage(HttpStatusCode.OK) { Content = new ByteArrayContent(payload) };
        }));

        var written = await new WhisperModelDownloader(http).DownloadAsync("small", target, TestContext.CancellationToken);

        Assert.AreEqual(payload.Length, written);
        Assert.AreSequenceEqual(payload, await File.ReadAllBytesAsync(target, TestContext.CancellationToken));
        Assert.HasCount(1, Directory.GetFiles(folder));
        Assert.EndsWith("ggml-small.bin", asked!.AbsolutePath);
    }

    private sealed class Handler(Func<HttpRequestMessage, HttpResponseMessage> respond) : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            Task.FromResult(respond(request));
    }
}
