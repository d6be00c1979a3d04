using Microsoft.Extensions.DependencyInjection;
using QualityAnalytics.Models.Calls;
using QualityAnalytics.Models.Judgement;
using QualityAnalytics.Pipeline.Scoring;
using QualityAnalytics.Pipeline.Tests.Support;

namespace QualityAnalytics.Jobs.Tests.Serve;

/// <summary>Fault injection around the product's judge for host tests: "JUDGE_FAILS" in a transcript makes it throw,
/// the way a defect would, and an optional delay makes calls take long enough to kill a server mid-batch. Every other
/// call is judged by the judge the composition root registered (or, when none is, a stage is done when its id appears
/// in an operator segment).</summary>
public sealed class TestJudge(int delayMs = 0, ICallJudge? inner = null) : ICallJudge
{
    private static readonly FixedJudge StandIn = new();

    public const string DelayVariable = "QA_TEST_JUDGE_DELAY_MS";

    /// <summary>Wraps the registered judge (or stands in for a missing one) with the injected faults.</summary>
    public static void AddWithFaults(IServiceCollection services, int delayMs = 0)
    {
        var registered = services.LastOrDefault(d => d.ServiceType == typeof(ICallJudge));
        if (registered is null)
        {
            services.AddSingleton<ICallJudge>(new TestJudge(delayMs));
            return;
        }

        services.Remove(registered);
        services.AddSingleton<ICallJudge>(sp => new TestJudge(delayMs, Create(sp, registered)));
    }

    private static ICallJudge Create(IServiceProvider services, ServiceDescriptor descriptor) =>
        (ICallJudge)(descriptor.ImplementationInstance
            ?? descriptor.ImplementationFactory?.Invoke(services)
            ?? ActivatorUtilities.CreateInstance(services, descriptor.ImplementationType!));

    public CallJudgement Judge(CallRecord call, Transcript transcript, TranscriptSource source, SpeedMetrics speed)
    {
        if (delayMs > 0)
        {
            Thread.Sleep(delayMs);
        }

        if (transcript.Segments.Any(s => s.Text.Contains("JUDGE_FAILS", StringComparison.Ordinal)))
        {
            throw new InvalidOperationException("test judge: this transcript always fails");
        }

        return (inner ?? StandIn).Judge(call, transcript, source, speed);
    }
}
