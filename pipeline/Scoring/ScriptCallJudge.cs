using QualityAnalytics.Models.Calls;
using QualityAnalytics.Models.Judgement;
using QualityAnalytics.Pipeline.Classification;
using QualityAnalytics.Pipeline.Scoring.Script;

namespace QualityAnalytics.Pipeline.Scoring;

/// <summary>Judges a call against the operator script: stages with evidence, identification and personal-data
/// compliance, forbidden phrases, topic and resolution, sub-scores and verdict. Pure and thread-safe: the
/// script is compiled and the models loaded once.</summary>
public sealed class ScriptCallJudge(
    CompiledScript script,
    ICallClassifier classifier,
    IDismissalClassifier? dismissal = null,
    IDisclosureClassifier? disclosure = null,
    IQuestionClassifier? questions = null) : ICallJudge
{
    /// <summary>Topics where the caller asks about his own application or account: identification is required.</summary>
    private static readonly HashSet<string> PersonalTopics = [Topics.ApplicationStatus, Topics.AccountAccess];

    public CompiledScript Script => script;

    public CallJudgement Judge(CallRecord call, Transcript transcript, TranscriptSource source, SpeedMetrics speed)
    {
        var views = TranscriptAnalyzer.Analyze(transcript, script, call.OperatorId);
        var (topic, resolution) = classifier.Classify(transcript.Segments);
        var identification = IdentificationTracker.Track(views, script);

        var violations = new List<Violation>();
        violations.AddRange(PersonalDataGuard.Check(views, identification, script, disclosure));
        violations.AddRange(ActionGuard.Check(views, identification, script));
        violations.AddRange(ForbiddenPhraseDetector.Find(views, script, dismissal));
        violations.Sort((a, b) => Nullable.Compare(a.Start, b.Start));

        var stages = new List<StageResult>(StageIds.All.Count);
        foreach (var id in StageIds.All)
        {
            var stage = script.Script.Stage(id);
            var shown = id == StageIds.Identification
                ? (identification.Done ? identification.RequestedAt : null)
                : StageDetector.FirstShowing(id, views, script, questions);
            if (stage.CountsWhenResolution.Count > 0 && !stage.CountsWhenResolution.Contains(resolution))
            {
                shown = null;
            }

            var required = IsRequired(stage, shown is not null, topic, resolution, identification, views);
            stages.Add(new StageResult(id, shown is not null, required, shown?.Segment.Start, shown?.Segment.Text));
        }

        var speedScore = SpeedScorer.Score(speed, script.Script.Speed);
        var scores = Scorecard.Compute(script.Script, stages, violations, speedScore, resolution);
        return new CallJudgement
        {
            ScriptVersion = script.Script.Version,
            Topic = topic,
            Resolution = resolution,
            Verdict = Verdicts.For(scores.Overall, violations.Any(v => v.Critical)),
            Scores = scores,
            Stages = stages,
            Violations = violations,
            Speed = speed,
        };
    }

    private bool IsRequired(
        ScriptStage stage, bool done, string topic, string resolution, IdentificationOutcome identification, SegmentView[] views) =>
        stage.Required switch
        {
            // Asked for, or personal data came up, or the subject is the caller's own application or account.
            StageRequirements.WhenPersonalData => done
                || identification.RequestedAt is not null
                || PersonalTopics.Contains(topic)
                || views.Any(v => v.IsOperator && PersonalDataGuard.Discloses(v, PersonalDataGuard.CallerTurnBefore(views, v), script, disclosure)),

            // An operator who hands the caller over does not close the call.
            StageRequirements.UnlessTransferred => done || resolution != Resolutions.Transferred,
            _ => true,
        };
}
