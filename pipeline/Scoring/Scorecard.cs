using QualityAnalytics.Models.Judgement;
using QualityAnalytics.Pipeline.Scoring.Script;

namespace QualityAnalytics.Pipeline.Scoring;

/// <summary>Sub-scores and the overall score from the stage results, violations, speed and resolution,
/// with the script's weights. Every number follows from evidence kept in the judgement.</summary>
public static class Scorecard
{
    private const int MaxPenalisedPhrases = 3;

    public static Scores Compute(
        OperatorScript script,
        IReadOnlyList<StageResult> stages,
        IReadOnlyList<Violation> violations,
        double speedScore,
        string resolution)
    {
        double required = 0, done = 0;
        foreach (var stage in stages)
        {
            if (!stage.Required)
            {
                continue;
            }

            var weight = script.Stage(stage.Id).Weight;
            required += weight;
            if (stage.Done)
            {
                done += weight;
            }
        }

        var forbidden = violations.Count(v => v.Rule == ViolationRules.ForbiddenPhrase);
        var adherence = (required > 0 ? 100 * done / required : 100)
            - (script.Scores.ForbiddenPhrasePenalty * Math.Min(forbidden, MaxPenalisedPhrases));
        adherence = Math.Clamp(adherence, 0, 100);
        var resolutionScore = script.Scores.ResolutionPoints.GetValueOrDefault(resolution, 0);

        var w = script.Scores.Weights;
        var wa = w.GetValueOrDefault("adherence", 1);
        var ws = w.GetValueOrDefault("speed", 1);
        var wr = w.GetValueOrDefault("resolution", 1);
        var overall = ((adherence * wa) + (speedScore * ws) + (resolutionScore * wr)) / (wa + ws + wr);
        return new Scores(Math.Round(overall, 1), Math.Round(adherence, 1), Math.Round(speedScore, 1), Math.Round(resolutionScore, 1));
    }
}
