namespace QualityAnalytics.Models.Calls;

/// <summary>The contract's spelling of <see cref="ChannelLayout"/>.</summary>
public static class ChannelLayoutNames
{
    public static string ToWire(this ChannelLayout layout) => layout switch
    {
        ChannelLayout.Mono => "mono",
        ChannelLayout.StereoOperatorLeft => "stereo_operator_left",
        ChannelLayout.StereoOperatorRight => "stereo_operator_right",
        _ => throw new ArgumentOutOfRangeException(nameof(layout)),
    };

    public static bool TryParse(string text, out ChannelLayout layout)
    {
        switch (text.Trim().ToLowerInvariant())
        {
            case "mono": layout = ChannelLayout.Mono; return true;
            case "stereo_operator_left": layout = ChannelLayout.StereoOperatorLeft; return true;
            case "stereo_operator_right": layout = ChannelLayout.StereoOperatorRight; return true;
            default: layout = default; return false;
        }
    }
}
