using QualityAnalytics.Models.Calls;

namespace QualityAnalytics.Pipeline.Tests.Audio.Fixtures;

/// <summary>One synthesized phrase and where its voiced part sits in the call (seconds).</summary>
internal sealed record Utterance(Speaker Speaker, double Start, double End, string Text);
