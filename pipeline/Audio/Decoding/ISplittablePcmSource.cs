namespace QualityAnalytics.Pipeline.Audio.Decoding;

/// <summary>A source whose recording a second, independent decoder can join mid-stream, so that the two halves of a
/// recording decode on two cores at once.</summary>
internal interface ISplittablePcmSource : IPcmSource
{
    /// <summary>Frames this source will yield in all, when that is known before decoding (a frame index or the final
    /// granule); null when it is not, and the recording is decoded in one piece.</summary>
    long? FramesIfKnown();

    /// <summary>Another decoder of the same file, yielding the frames from <paramref name="startFrame"/> to the end:
    /// the same samples this source yields there (it warms up on what precedes and drops it).</summary>
    IPcmSource OpenFrom(long startFrame);
}
