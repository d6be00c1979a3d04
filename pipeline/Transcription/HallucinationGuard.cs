using System.Text.RegularExpressions;
using QualityAnalytics.Pipeline.Audio;

namespace QualityAnalytics.Pipeline.Transcription;

/// <summary>Decides whether a Whisper segment is heard speech or one of Whisper's known inventions. Pure.</summary>
public sealed partial class HallucinationGuard(float maxNoSpeechProbability, float minAverageLogProbability)
{
    // Whisper was trained on subtitled video; from silence it produces the credits it saw most often.
    private static readonly string[] StockPhrases =
    [
        "субтитры", "продолжение следует", "спасибо за просмотр", "редактор субтитров", "корректор",
        "подписывайтесь на канал", "ставьте лайк", "amara.org", "dimatorzok",
    ];

    /// <summary>Null to keep the segment, otherwise why to drop it.</summary>
    /// <param name="speech">The channel's VAD intervals, sorted.</param>
    /// <param name="previousKept">The text kept just before, to catch loops that span segments.</param>
    public DropReason? Judge(RecognizedSegment segment, IReadOnlyList<SpeechInterval> speech, string? previousKept)
    {
        var text = segment.Text.Trim();
        var lower = text.ToLowerInvariant();
        if (StockPhrases.Any(lower.Contains))
        {
            return DropReason.KnownHallucination;
        }

        var interval = new SpeechInterval(segment.Start, Math.Max(segment.End, segment.Start + 0.01));
        if (SpeechIntervals.Overlap(interval, speech) < 0.3 * interval.Duration)
        {
            return DropReason.OutsideSpeech;
        }

        if (segment.NoSpeechProbability > maxNoSpeechProbability)
        {
            return DropReason.NoSpeech;
        }

        if (segment.AverageLogProbability is { } logProbability && logProbability < minAverageLogProbability)
        {
            return DropReason.LowConfidence;
        }

        if (IsLoop(lower) || (previousKept is not null && Words(lower).Length >= 3
            && string.Equals(Normalize(previousKept), Normalize(lower), StringComparison.Ordinal)))
        {
            return DropReason.RepetitionLoop;
        }

        return null;
    }

    /// <summary>A word or phrase of up to four words repeated back to back: once is speech, four times is a loop.</summary>
    internal static bool IsLoop(string text)
    {
        var words = Words(text);
        for (var n = 1; n <= 4; n++)
        {
            var needed = n == 1 ? 4 : 3;
            for (var start = 0; start + (n * needed) <= words.Length; start++)
            {
                var repeats = 1;
                while (start + (n * (repeats + 1)) <= words.Length
                    && words.AsSpan(start, n).SequenceEqual(words.AsSpan(start + (n * repeats), n)))
                {
                    repeats++;
                }

                if (repeats >= needed)
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static string[] Words(string text) =>
        WordPattern().Matches(text).Select(m => m.Value).ToArray();

    private static string Normalize(string text) => string.Join(' ', Words(text.ToLowerInvariant()));

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex WordPattern();
}
