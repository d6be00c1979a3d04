using Microsoft.ML.Data;

namespace QualityAnalytics.Pipeline.Classification;

/// <summary>The text views of a call the classifiers read (ML.NET input row). All normalised like ASR output,
/// so a model trained on clean text and noisy copies sees transcripts the same way.</summary>
public sealed class DialogueFeatures
{
    /// <summary>The gold class when training; empty when predicting.</summary>
    public string Label { get; set; } = "";

    /// <summary>What the caller said: carries the topic.</summary>
    public string Customer { get; set; } = "";

    /// <summary>The caller's first turns: the request itself, which names the topic.</summary>
    public string Head { get; set; } = "";

    /// <summary>What the operator(s) said.</summary>
    public string Operator { get; set; } = "";

    /// <summary>The last turns: where a call is resolved, transferred or promised a callback.</summary>
    public string Tail { get; set; } = "";

    /// <summary>One operator turn's normalised words: the row of the turn-level models (dismissal, question).</summary>
    public static DialogueFeatures OperatorTurn(string normalizedText, string label = "") =>
        new() { Label = label, Operator = normalizedText };
}
