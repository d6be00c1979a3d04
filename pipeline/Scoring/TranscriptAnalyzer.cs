using QualityAnalytics.Models.Calls;
using QualityAnalytics.Pipeline.Scoring.Matching;

namespace QualityAnalytics.Pipeline.Scoring;

/// <summary>Normalises and matches every segment once, and splits the operator's speech into parts at transfers.</summary>
public static class TranscriptAnalyzer
{
    public static SegmentView[] Analyze(Transcript transcript, CompiledScript script, string? callOperatorId = null)
    {
        var segments = transcript.Segments;
        var parts = new int[segments.Count];
        var turns = new int[segments.Count];
        var turnsPerPart = new List<int>();
        string? currentOperator = null;
        var part = -1;
        for (var i = 0; i < segments.Count; i++)
        {
            var segment = segments[i];
            if (segment.Speaker == Speaker.Operator)
            {
                // A null id is the call's own operator; a different id after a transfer is someone else's part.
                var speaker = segment.OperatorId == callOperatorId ? null : segment.OperatorId;
                if (part < 0 || speaker != currentOperator)
                {
                    part++;
                    currentOperator = speaker;
                    turnsPerPart.Add(0);
                }

                turns[i] = turnsPerPart[part]++;
            }
            else
            {
                turns[i] = -1;
            }

            parts[i] = Math.Max(part, 0);
        }

        var views = new SegmentView[segments.Count];
        for (var i = 0; i < segments.Count; i++)
        {
            var words = TextNormalizer.Tokenize(TextNormalizer.Normalize(segments[i].Text));
            var hits = script.Matcher.Match(words);
            var opening = segments[i].Speaker == Speaker.Operator && words.Length > CompiledScript.OpeningWords
                ? script.Matcher.Match(words[..CompiledScript.OpeningWords])
                : hits;
            var total = turnsPerPart.Count > parts[i] ? turnsPerPart[parts[i]] : 0;
            views[i] = new SegmentView(i, segments[i], words, hits, opening, parts[i], turns[i], total);
        }

        return views;
    }
}
