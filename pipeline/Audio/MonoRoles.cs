using QualityAnalytics.Models.Calls;

namespace QualityAnalytics.Pipeline.Audio;

/// <summary>The speaker given to each VAD interval of a mono recording, and how sure that is (0..1).</summary>
/// <param name="FromText">True when operator phrases in the text backed the choice, false when only turn order did.</param>
public sealed record MonoRoles(IReadOnlyList<Speaker> Speakers, double Confidence, bool FromText);
