using System.Text;
using QualityAnalytics.Pipeline.Scoring.Matching;

namespace QualityAnalytics.Pipeline.Classification;

/// <summary>Makes ASR-like copies of clean text for training and robustness tests: lower case, no punctuation,
/// numbers spelled out, then word errors at roughly the given rate (substituted letters, dropped, inserted,
/// merged or split words). Deterministic for a given <see cref="Random"/> seed.</summary>
public static class AsrNoise
{
    private static readonly string[] Fillers = ["а", "ну", "и", "вот", "это", "там", "да", "так"];
    private const string Letters = "абвгдежзийклмнопрстуфхцчшщыьэюя";

    // Letters ASR mixes up in Russian: voiced/voiceless pairs, reduced vowels.
    private static readonly (char, char)[] Confusions =
        [('о', 'а'), ('е', 'и'), ('д', 'т'), ('б', 'п'), ('з', 'с'), ('в', 'ф'), ('г', 'к'), ('ж', 'ш'), ('я', 'е'), ('ц', 'с')];

    public static string Apply(string text, Random random, double wordErrorRate = 0.25)
    {
        var words = TextNormalizer.Tokenize(TextNormalizer.Normalize(text));
        var output = new List<string>(words.Length + 4);
        for (var i = 0; i < words.Length; i++)
        {
            var word = words[i];
            if (random.NextDouble() >= wordErrorRate)
            {
                output.Add(word);
                continue;
            }

            switch (random.Next(10))
            {
                case < 5:
                    output.Add(Misspell(word, random));
                    break;
                case < 7:
                    break; // deleted
                case 7:
                    output.Add(word);
                    output.Add(Fillers[random.Next(Fillers.Length)]);
                    break;
                case 8 when i + 1 < words.Length:
                    output.Add(word + words[++i]);
                    break;
                default:
                    if (word.Length >= 6)
                    {
                        var cut = 2 + random.Next(word.Length - 3);
                        output.Add(word[..cut]);
                        output.Add(word[cut..]);
                    }
                    else
                    {
                        output.Add(Misspell(word, random));
                    }

                    break;
            }
        }

        return string.Join(' ', output);
    }

    private static string Misspell(string word, Random random)
    {
        var sb = new StringBuilder(word);
        var edits = 1 + (word.Length > 7 ? random.Next(2) : 0);
        for (var e = 0; e < edits && sb.Length > 0; e++)
        {
            var pos = random.Next(sb.Length);
            var c = sb[pos];
            var confusion = Array.FindIndex(Confusions, p => p.Item1 == c || p.Item2 == c);
            if (confusion >= 0 && random.Next(3) > 0)
            {
                var (a, b) = Confusions[confusion];
                sb[pos] = c == a ? b : a;
            }
            else if (random.Next(2) == 0 && sb.Length > 3)
            {
                sb.Remove(pos, 1);
            }
            else
            {
                sb[pos] = Letters[random.Next(Letters.Length)];
            }
        }

        return sb.ToString();
    }
}
