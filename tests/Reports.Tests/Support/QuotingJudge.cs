using QualityAnalytics.Models.Calls;
using QualityAnalytics.Models.Judgement;
using QualityAnalytics.Pipeline.Scoring;

namespace QualityAnalytics.Tests.Support;

/// <summary>A judge that quotes raw transcript text as evidence, the worst case for privacy: every customer line
/// with digits or an @, and every line with HYPERLINK, becomes a critical violation quoting it.</summary>
internal sealed class QuotingJudge : ICallJudge
{
    public CallJudgement Judge(CallRecord call, Transcript transcript, TranscriptSource source, SpeedMetrics speed)
    {
        var violations = new List<Violation>();
        foreach (var segment in transcript.Segments)
        {
            if (segment.Text.Contains("HYPERLINK", StringComparison.Ordinal)
                || (segment.Speaker == Speaker.Customer && (segment.Text.Any(char.IsAsciiDigit) || segment.Text.Contains('@'))))
            {
                violations.Add(new Violation(ViolationRules.PdBeforeIdentification, true, segment.Start, segment.Text));
            }
        }

        var critical = violations.Any(v => v.Critical);
        var stages = StageIds.All.Select(id =>
        {
            var done = !(critical && id == StageIds.Identification);
            var first = transcript.Segments.FirstOrDefault(s => s.Speaker == Speaker.Operator);
            return new StageResult(id, done, true, done ? first?.Start : null, done ? first?.Text : null);
        }).ToList();
        var overall = critical ? 60 : 80 + call.CallId.Length % 15;
        return new CallJudgement
        {
            ScriptVersion = "test-quoting",
            Topic = Topics.ApplicationStatus,
            Resolution = Resolutions.Resolved,
            Verdict = Verdicts.For(overall, critical),
            Scores = new Scores(overall, overall, 90, 100),
            Stages = stages,
            Violations = violations,
            Speed = speed,
        };
    }
}
