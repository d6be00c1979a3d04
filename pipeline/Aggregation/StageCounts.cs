using QualityAnalytics.Models.Judgement;

namespace QualityAnalytics.Pipeline.Aggregation;

/// <summary>One call's script stages: per stage of <see cref="StageIds.All"/> (same index), 1 when the script
/// required it, and 1 when the operator also did it. One row per call instead of six keeps 100,000 calls cheap.</summary>
public sealed record StageCounts(string CallId, int[] Required, int[] Done)
{
    public static StageCounts For(string callId, IEnumerable<(string Stage, bool Done)> requiredStages)
    {
        var required = new int[StageIds.All.Count];
        var done = new int[StageIds.All.Count];
        foreach (var (stage, isDone) in requiredStages)
        {
            var index = IndexOf(stage);
            if (index >= 0)
            {
                required[index] = 1;
                done[index] = isDone ? 1 : 0;
            }
        }

        return new StageCounts(callId, required, done);
    }

    public static int IndexOf(string stageId)
    {
        for (var i = 0; i < StageIds.All.Count; i++)
        {
            if (StageIds.All[i] == stageId)
            {
                return i;
            }
        }

        return -1;
    }
}
