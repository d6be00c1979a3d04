namespace QualityAnalytics.Pipeline.Scoring;

/// <summary>Shapes of personal data in normalised speech: patronymics, long dictated numbers, e-mail addresses.</summary>
public static class PersonalDataShapes
{
    private static readonly string[] PatronymicEndings =
        ["ович", "евич", "овна", "евна", "ична", "ичны", "овича", "евича", "овны", "евны", "овичу", "евичу", "овной", "евной"];

    private static readonly HashSet<string> NumberWords =
    [
        "ноль", "один", "одна", "два", "две", "три", "четыре", "пять", "шесть", "семь", "восемь", "девять", "десять",
        "одиннадцать", "двенадцать", "тринадцать", "четырнадцать", "пятнадцать", "шестнадцать", "семнадцать",
        "восемнадцать", "девятнадцать", "двадцать", "тридцать", "сорок", "пятьдесят", "шестьдесят", "семьдесят",
        "восемьдесят", "девяносто", "сто", "двести", "триста", "четыреста", "пятьсот", "шестьсот", "семьсот",
        "восемьсот", "девятьсот", "тысяча", "тысячи", "тысяч", "плюс",
    ];

    /// <summary>Digits dictated one after another: a phone, passport or account number.</summary>
    public const int DictatedNumberWords = 6;

    public static bool HasPatronymic(IReadOnlyList<string> words)
    {
        foreach (var word in words)
        {
            if (word.Length < 7)
            {
                continue;
            }

            foreach (var ending in PatronymicEndings)
            {
                if (word.EndsWith(ending, StringComparison.Ordinal))
                {
                    return true;
                }
            }
        }

        return false;
    }

    public static bool HasDictatedNumber(IReadOnlyList<string> words)
    {
        var run = 0;
        foreach (var word in words)
        {
            run = NumberWords.Contains(word) ? run + 1 : 0;
            if (run >= DictatedNumberWords)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"ivanova собака mail точка ru": ASR and clean transcripts both say the at-sign aloud or write it.</summary>
    public static bool HasEmail(IReadOnlyList<string> words) => words.Contains("собака");
}
