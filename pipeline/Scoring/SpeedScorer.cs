using QualityAnalytics.Models.Judgement;
using QualityAnalytics.Pipeline.Scoring.Script;

namespace QualityAnalytics.Pipeline.Scoring;

/// <summary>The speed sub-score: each metric the call has scores 100 at or below its target and falls linearly
/// to 0 at the script's "bad" level; the sub-score is their weighted mean (100 when no metric is known).</summary>
public static class SpeedScorer
{
    public static double Score(SpeedMetrics speed, IReadOnlyList<SpeedTarget> targets)
    {
        double sum = 0, weights = 0;
        foreach (var target in targets)
        {
            if (Value(speed, target.Metric) is not { } value || target.Weight <= 0)
            {
                continue;
            }

            var points = value <= target.Good ? 100
                : value >= target.Bad ? 0
                : 100 * (target.Bad - value) / (target.Bad - target.Good);
            sum += points * target.Weight;
            weights += target.Weight;
        }

        return weights > 0 ? Math.Round(sum / weights, 1) : 100;
    }

    public static double? Value(SpeedMetrics speed, string metric) => metric switch
    {
        "queue_wait_s" => speed.QueueWaitS,
        "first_response_s" => speed.FirstResponseS,
        "mean_response_s" => speed.MeanResponseS,
        "p95_response_s" => speed.P95ResponseS,
        "max_silence_s" => speed.MaxSilenceS,
        "dead_air_ratio" => speed.DeadAirRatio,
        "overtalk_ratio" => speed.OvertalkRatio,
        "handle_s" => speed.HandleS,
        "hold_s" => speed.HoldS,
        _ => throw new InvalidDataException($"Неизвестная метрика скорости в скрипте: {metric}"),
    };
}
