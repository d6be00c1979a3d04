using QualityAnalytics.Models.Calls;
using QualityAnalytics.Models.Judgement;
using QualityAnalytics.Pipeline.Scoring;

namespace QualityAnalytics.Pipeline.Tests.Support;

/// <summary>A judge for storage and batch tests: marks a stage done when its id appears in an operator segment,
/// so tests control the judgement through the transcript text.</summary>
public sealed class FixedJudge(string scriptVersion = "test-1") : ICallJudge
{
    public CallJudgement Judge(CallRecord call, Transcript transcript, TranscriptSource source, SpeedMetrics speed)
    {
        var stages = StageIds.All.Select(id =>
        {
            var segment = transcript.Segments.FirstOrDefault(s => s.Speaker == Speaker.Operator && s.Text.Contains(id, StringComparison.Ordinal));
            return new StageResult(id, segment is not null, true, segment?.Start, segment?.Text);
        }).ToList();
        var violations = transcript.Segments
            .Where(s => s.Text.Contains("VIOLATION", StringComparison.Ordinal))
            .Select(s => new Violation(ViolationRules.PdBeforeIdentification, true, s.Start, s.Text)).ToList();
        var adherence = 100.0 * stages.Count(s => s.Done) / stages.Count;
        return new CallJudgement
        {
            ScriptVersion = scriptVersion,
            Topic = Topics.Other,
            Resolution = Resolutions.Resolved,
            Verdict = Verdicts.For(adherence, violations.Count > 0),
            Scores = new Scores(adherence, adherence, 100, 100),
            Stages = stages,
            Violations = violations,
            Speed = speed,
        };
    }
}
