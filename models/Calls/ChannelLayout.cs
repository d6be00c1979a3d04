namespace QualityAnalytics.Models.Calls;

/// <summary>How the speakers are laid out in a recording (contract: <c>channel_layout</c>).</summary>
public enum ChannelLayout
{
    Mono,
    StereoOperatorLeft,
    StereoOperatorRight,
}
