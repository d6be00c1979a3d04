using QualityAnalytics.Models.Calls;

namespace QualityAnalytics.Pipeline.Audio;

/// <summary>How a recording's channels map to speakers, given calls.csv's <c>channel_layout</c> and the file itself.</summary>
public sealed record ChannelPlan(bool IsStereo, int OperatorChannel, bool MixToMono)
{
    public static ChannelPlan Choose(ChannelLayout? declared, int channels, List<string> notes)
    {
        if (channels == 1)
        {
            if (declared is ChannelLayout.StereoOperatorLeft or ChannelLayout.StereoOperatorRight)
            {
                notes.Add("в calls.csv указана стереозапись, а файл моно: роли определяются как для моно");
            }

            return new ChannelPlan(false, 0, false);
        }

        return declared switch
        {
            ChannelLayout.Mono => new ChannelPlan(false, 0, true),
            ChannelLayout.StereoOperatorRight => new ChannelPlan(true, 1, false),

            // The contract's default for 2-channel audio: operator on the left.
            _ => new ChannelPlan(true, 0, false),
        };
    }
}
