using QualityAnalytics.Models.Calls;
using QualityAnalytics.Pipeline.Transcription;

namespace QualityAnalytics.Pipeline.Audio;

/// <summary>Joins VAD intervals and recognised text into the call's segments. Pure.</summary>
/// <remarks>VAD times are kept as the truth for speed metrics: recognised text is clamped into the interval it falls
/// in, and an interval where nothing was recognised stays as a segment with empty text, so that a weak recogniser
/// never makes speech disappear from response-time measurements.</remarks>
public static class SpeechAssembler
{
    public static IEnumerable<Segment> Assemble(IReadOnlyList<SpeechInterval> speech, IReadOnlyList<Speaker> speakers, IReadOnlyList<TimedText> text)
    {
        var owner = text.ToLookup(t => BestInterval(t, speech));
        for (var i = 0; i < speech.Count; i++)
        {
            var interval = speech[i];
            var inside = owner[i].OrderBy(t => t.Start).ToList();
            if (inside.Count == 0)
            {
                yield return new Segment(speakers[i], Round(interval.Start), Round(interval.End), "");
                continue;
            }

            for (var k = 0; k < inside.Count; k++)
            {
                // The first piece starts where the voice starts, the last ends where it ends; Whisper's own
                // boundaries (10 ms ticks, often late) only split the interval between them.
                var start = k == 0 ? interval.Start : Math.Clamp(inside[k].Start, interval.Start, interval.End);
                var end = k == inside.Count - 1 ? interval.End : Math.Clamp(inside[k].End, start, interval.End);
                yield return new Segment(speakers[i], Round(start), Round(end), inside[k].Text);
            }
        }
    }

    /// <summary>A recognised piece belongs to the interval it overlaps most (Whisper's edges wander into the padding).</summary>
    private static int BestInterval(TimedText t, IReadOnlyList<SpeechInterval> speech)
    {
        var best = -1;
        var bestOverlap = 0.0;
        for (var i = 0; i < speech.Count; i++)
        {
            var overlap = Math.Min(t.End, speech[i].End) - Math.Max(t.Start, speech[i].Start);
            if (overlap > bestOverlap || (best < 0 && overlap >= 0))
            {
                best = i;
                bestOverlap = overlap;
            }
        }

        return best;
    }

    private static double Round(double seconds) => Math.Round(seconds, 2);
}
