namespace QualityAnalytics.Pipeline.Audio.Decoding;

internal enum ContainerKind
{
    Unknown,
    Wav,
    Mp3,
    OggVorbis,
    OggOpus,
    Flac,
}
