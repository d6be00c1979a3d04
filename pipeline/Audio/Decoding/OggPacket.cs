namespace QualityAnalytics.Pipeline.Audio.Decoding;

/// <summary>One Ogg packet and the granule position of the page it completed on.</summary>
internal sealed record OggPacket(byte[] Data, long PageGranule, bool OnLastPage);
