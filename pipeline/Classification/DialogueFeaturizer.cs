using System.Text;
using QualityAnalytics.Models.Calls;
using QualityAnalytics.Pipeline.Scoring.Matching;

namespace QualityAnalytics.Pipeline.Classification;

/// <summary>Turns a call's segments into the classifiers' input row.</summary>
public static class DialogueFeaturizer
{
    /// <summary>How many final turns make the tail.</summary>
    public const int TailTurns = 4;

    /// <summary>How many of the caller's first turns make the head.</summary>
    public const int HeadTurns = 2;

    public static DialogueFeatures From(IReadOnlyList<Segment> segments, string label = "")
    {
        var customer = new StringBuilder();
        var op = new StringBuilder();
        var tail = new StringBuilder();
        var head = new StringBuilder();
        var customerTurns = 0;
        for (var i = 0; i < segments.Count; i++)
        {
            var text = TextNormalizer.Normalize(segments[i].Text);
            if (text.Length == 0)
            {
                continue;
            }

            var target = segments[i].Speaker == Speaker.Operator ? op : customer;
            target.Append(text).Append(' ');
            if (segments[i].Speaker == Speaker.Customer && customerTurns++ < HeadTurns)
            {
                head.Append(text).Append(' ');
            }

            if (i >= segments.Count - TailTurns)
            {
                // Who said it matters at the end: "перезвоню" from the operator is a callback, from the caller it is not.
                tail.Append(segments[i].Speaker == Speaker.Operator ? "оп " : "кл ").Append(text).Append(' ');
            }
        }

        return new DialogueFeatures
        {
            Label = label,
            Customer = customer.ToString(),
            Head = head.ToString(),
            Operator = op.ToString(),
            Tail = tail.ToString(),
        };
    }
}
