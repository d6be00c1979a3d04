using QualityAnalytics.Models.Calls;
using QualityAnalytics.Pipeline.Transcription;

namespace QualityAnalytics.Pipeline.Audio;

/// <summary>Who said what in a single-channel recording, without a diarisation model. Pure.</summary>
/// <remarks>
/// Turns are taken to alternate between VAD intervals, and the operator is assumed to speak first (inbound calls open
/// with the operator's greeting). When there is text, operator phrases (the service's name in the greeting, asking
/// for identification) decide which of the two alternating groups is the operator. Confidence stays low: this is a
/// heuristic, and the summary says so.
/// </remarks>
public static class MonoRoleInference
{
    private static readonly string[] OperatorMarkers =
    [
        "госуслуг", "оператор", "меня зовут", "чем могу помочь", "слушаю вас", "назовите", "продиктуйте",
        "ваши фамилию", "вашу фамилию", "дату рождения", "снилс", "могу ли я", "ещё вопросы", "еще вопросы",
        "всего доброго", "спасибо за обращение",
    ];

    public static MonoRoles Infer(IReadOnlyList<SpeechInterval> speech, IReadOnlyList<TimedText> text)
    {
        var turnTexts = speech.Select(turn => string.Join(' ', text
            .Where(t => Midpoint(t) >= turn.Start && Midpoint(t) < turn.End)
            .Select(t => t.Text))).ToArray();

        int[] evidence = [0, 0];
        for (var i = 0; i < turnTexts.Length; i++)
        {
            var lower = turnTexts[i].ToLowerInvariant();
            evidence[i % 2] += OperatorMarkers.Count(lower.Contains);
        }

        var operatorParity = evidence[1] > evidence[0] ? 1 : 0;
        var confidence = (evidence[0], evidence[1]) switch
        {
            (0, 0) => 0.3,
            var (a, b) when a == 0 || b == 0 => Math.Min(0.8, 0.5 + (0.1 * Math.Max(a, b))),
            _ => 0.4,
        };

        var speakers = speech.Select((_, i) => i % 2 == operatorParity ? Speaker.Operator : Speaker.Customer).ToArray();
        return new MonoRoles(speakers, confidence, evidence[0] + evidence[1] > 0);
    }

    private static double Midpoint(TimedText t) => (t.Start + t.End) / 2;
}
