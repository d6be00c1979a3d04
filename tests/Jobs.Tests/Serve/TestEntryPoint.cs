using Microsoft.Testing.Platform.Builder;

namespace QualityAnalytics.Jobs.Tests.Serve;

/// <summary>The test binary's entry point: runs the tests, or, with <c>serve-child</c>, a <c>qa serve</c> host that
/// the crash-recovery test starts as a separate process and kills with SIGKILL.</summary>
/// <remarks>A child of the real <c>qa</c> would have no judge until the scoring stage lands in the composition root;
/// this child runs the same <see cref="Jobs.Serve.ServeHost"/> and adds the test judge only if none is registered.</remarks>
internal static class TestEntryPoint
{
    public static async Task<int> Main(string[] args)
    {
        if (args is [ServeChild.Verb, ..])
        {
            return await ServeChild.RunAsync(args[1..]);
        }

        var builder = await TestApplication.CreateBuilderAsync(args);
        SelfRegisteredExtensions.AddSelfRegisteredExtensions(builder, args);
        using var app = await builder.BuildAsync();
        return await app.RunAsync();
    }
}
