using Microsoft.Extensions.DependencyInjection;
using QualityAnalytics.Models.Calls;
using QualityAnalytics.Models.Judgement;
using QualityAnalytics.Pipeline.Scoring;

namespace QualityAnalytics.Jobs.Tests.Serve;

/// <summary>A deterministic judge for host tests until the product registers its own (then that one is used):
/// a stage is done when its id appears in an operator segment; "JUDGE_FAILS" in a transcript makes it throw,
/// the way a defect would. An optional delay makes calls take long enough to kill a server mid-batch.</summary>
public sealed class TestJudge(int delayMs = 0) : ICallJudge
{
    public const string DelayVariable = "QA_TEST_JUDGE_DELAY_MS";

    /// <summary>Adds the test judge only when the composition root registered no judge.</summary>
    public static void AddIfMissing(IServiceCollection services, int delayMs = 0)
    {
        if (!services.Any(d => d.ServiceType == typeof(ICallJudge)))
        {
            services.AddSingleton<ICallJudge>(new TestJudge(delayMs));
        }
    }

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

        var stages = StageIds.All.Select(id =>
        {
            var segment = transcript.Segments.FirstOrDefault(s => s.Speaker == Speaker.Operator && s.Text.Contains(id, StringComparison.Ordinal));
            return new StageResult(id, segment is not null, true, segment?.Start, segment?.Text);
        }).ToList();
        var adherence = 100.0 * stages.Count(s => s.Done) / stages.Count;
        return new CallJudgement
        {
            ScriptVersion = "test-1",
            Topic = Topics.Other,
            Resolution = Resolutions.Resolved,
            Verdict = Verdicts.For(adherence, false),
            Scores = new Scores(adherence, adherence, 100, 100),
            Stages = stages,
            Violations = [],
            Speed = speed,
        };
    }
}
