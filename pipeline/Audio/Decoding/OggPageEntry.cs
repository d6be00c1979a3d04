namespace QualityAnalytics.Pipeline.Audio.Decoding;

/// <summary>One Ogg page: its file position, granule position (−1 when no packet ends on it) and whether its first
/// segment continues a packet begun on the page before.</summary>
internal readonly record struct OggPageEntry(long Position, long Granule, bool Continued);
