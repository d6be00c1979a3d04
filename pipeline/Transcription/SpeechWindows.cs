using QualityAnalytics.Pipeline.Audio;

namespace QualityAnalytics.Pipeline.Transcription;

/// <summary>Groups VAD intervals into the stretches Whisper is asked to decode. Pure.</summary>
/// <remarks>Whisper sees at most 30 s at once; a window holds neighbouring intervals up to 28 s (plus padding) and never
/// bridges a pause longer than <see cref="MaxBridgedGap"/>, so long silences are never decoded, which is where Whisper
/// invents text.</remarks>
public static class SpeechWindows
{
    public const double MaxWindow = 28.0;
    public const double Padding = 0.2;
    public const double MaxBridgedGap = 1.5;

    public static IReadOnlyList<SpeechInterval> Build(IReadOnlyList<SpeechInterval> speech, double duration)
    {
        var windows = new List<SpeechInterval>();
        foreach (var piece in speech.SelectMany(Split))
        {
            var start = Math.Max(0, piece.Start - Padding);
            var end = Math.Min(duration, piece.End + Padding);
            if (windows.Count > 0 && piece.Start - windows[^1].End <= MaxBridgedGap && end - windows[^1].Start <= MaxWindow + (2 * Padding))
            {
                windows[^1] = windows[^1] with { End = end };
            }
            else
            {
                windows.Add(new SpeechInterval(start, end));
            }
        }

        return windows;
    }

    private static IEnumerable<SpeechInterval> Split(SpeechInterval interval)
    {
        for (var start = interval.Start; start < interval.End; start += MaxWindow)
        {
            yield return new SpeechInterval(start, Math.Min(interval.End, start + MaxWindow));
        }
    }
}
