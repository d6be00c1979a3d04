using QualityAnalytics.Models.Calls;
using QualityAnalytics.Pipeline.Scoring.Matching;

namespace QualityAnalytics.Pipeline.Scoring;

/// <summary>One segment as the judge sees it: normalised words, phrase hits, and its place in an operator's part.</summary>
/// <param name="OpeningHits">Hits among the first words of an operator turn (where question words open a question).</param>
/// <param name="Part">0 for the call's own operator; each transfer to another operator starts a new part.</param>
/// <param name="TurnInPart">For operator segments: the index among this part's operator turns; -1 for the caller.</param>
public sealed record SegmentView(
    int Index,
    Segment Segment,
    string[] Words,
    PhraseHit[] Hits,
    PhraseHit[] OpeningHits,
    int Part,
    int TurnInPart,
    int TurnsInPart)
{
    public bool IsOperator => Segment.Speaker == Speaker.Operator;

    /// <summary>Operator turns after this one in the same part.</summary>
    public int TurnsFromPartEnd => TurnsInPart - 1 - TurnInPart;
}
