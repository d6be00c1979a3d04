using System.Text;

namespace QualityAnalytics.Pipeline.Scoring.Matching;

/// <summary>Brings clean text and ASR output to one form: lower case, ё→е, no punctuation, numbers as words.
/// Both the script's phrases and the transcript go through it, so a phrase matches however it was written.</summary>
public static class TextNormalizer
{
    /// <summary>Marks that end a sentence (or a clause said as one) in punctuated text.</summary>
    private static readonly char[] SentenceEnds = ['.', '!', '?', '…', ';', '—'];

    /// <summary>The sentences of punctuated text, trimmed, each with the mark that ends it ('\0' for a last one without
    /// a mark); empty pieces between marks are skipped. Text without marks is one sentence.</summary>
    public static IEnumerable<(string Text, char End)> Sentences(string text)
    {
        var start = 0;
        while (start < text.Length)
        {
            var mark = text.IndexOfAny(SentenceEnds, start);
            var end = mark < 0 ? text.Length : mark;
            var sentence = text[start..end].Trim();
            if (sentence.Length > 0)
            {
                yield return (sentence, mark < 0 ? '\0' : text[mark]);
            }

            start = end + 1;
        }
    }

    public static string Normalize(string text)
    {
        var sb = new StringBuilder(text.Length + 16);
        var lastSpace = true;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsDigit(c))
            {
                var start = i;
                while (i + 1 < text.Length && char.IsDigit(text[i + 1]))
                {
                    i++;
                }

                if (!lastSpace)
                {
                    sb.Append(' ');
                }

                RussianNumbers.AppendSpoken(sb, text.AsSpan(start, i - start + 1));
                sb.Append(' ');
                lastSpace = true;
                continue;
            }

            if (char.IsLetter(c))
            {
                c = char.ToLowerInvariant(c);
                sb.Append(c == 'ё' ? 'е' : c);
                lastSpace = false;
            }
            else if (c == '-' && !lastSpace && i + 1 < text.Length && char.IsLetter(text[i + 1]))
            {
                // "что-то", "кто-нибудь": ASR writes them with a space or not at all; keep one spelling.
                sb.Append(' ');
                lastSpace = true;
            }
            else if (!lastSpace)
            {
                sb.Append(' ');
                lastSpace = true;
            }
        }

        while (sb.Length > 0 && sb[^1] == ' ')
        {
            sb.Length--;
        }

        return sb.ToString();
    }

    public static string[] Tokenize(string normalized) =>
        normalized.Split(' ', StringSplitOptions.RemoveEmptyEntries);
}
