namespace QualityAnalytics.Pipeline.Scoring;

/// <summary>Shapes of personal data in normalised speech: patronymics, long dictated numbers, e-mail addresses.</summary>
public static class PersonalDataShapes
{
    private static readonly string[] PatronymicEndings =
        ["ович", "евич", "овна", "евна", "ична", "ичны", "овича", "евича", "овны", "евны", "овичу", "евичу", "овичем", "евичем", "ичем", "овной", "евной", "ичной", "овну", "евну", "ичну"];

    private static readonly HashSet<string> NumberWords =
    [
        "ноль", "один", "одна", "два", "две", "три", "четыре", "пять", "шесть", "семь", "восемь", "девять", "десять",
        "одиннадцать", "двенадцать", "тринадцать", "четырнадцать", "пятнадцать", "шестнадцать", "семнадцать",
        "восемнадцать", "девятнадцать", "двадцать", "тридцать", "сорок", "пятьдесят", "шестьдесят", "семьдесят",
        "восемьдесят", "девяносто", "сто", "двести", "триста", "четыреста", "пятьсот", "шестьсот", "семьсот",
        "восемьсот", "девятьсот", "тысяча", "тысячи", "тысяч", "плюс",
    ];

    /// <summary>Number words in one turn that make a dictated phone, passport or account number
    /// (ASR drops and splits words, so they need not be consecutive).</summary>
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
        var count = 0;
        foreach (var word in words)
        {
            if (NumberWords.Contains(word) && ++count >= DictatedNumberWords)
            {
                return true;
            }
        }

        return false;
    }

    private static readonly string[] Months =
        ["январ", "феврал", "март", "апрел", "мая", "май", "июн", "июл", "август", "сентябр", "октябр", "ноябр", "декабр"];

    /// <summary>Whether a caller's turn carries identification data: a name with patronymic, a date,
    /// numbers, an e-mail. "Да, подтверждённая" answers a question but identifies no one.</summary>
    public static bool LooksLikeIdentificationAnswer(IReadOnlyList<string> words)
    {
        var scan = ScanNumbers(words);
        return scan.Month || scan.Cardinals + scan.AnswerOrdinals >= 2 || HasPatronymic(words) || HasEmail(words);
    }

    /// <summary>Number words, date ordinals and months in a turn, counted in one pass: an answer reads them one way
    /// (<see cref="LooksLikeIdentificationAnswer"/>), the kinds of data another (<see cref="IdentificationKinds"/>).</summary>
    private static NumberScan ScanNumbers(IReadOnlyList<string> words)
    {
        int cardinals = 0, answerOrdinals = 0, dateOrdinals = 0;
        var month = false;
        foreach (var word in words)
        {
            if (NumberWords.Contains(word))
            {
                cardinals++;
            }
            else
            {
                answerOrdinals += word.EndsWith("надцатого", StringComparison.Ordinal)
                    || (word.EndsWith("ого", StringComparison.Ordinal) && word.Length > 5 && NumberStem(word)) ? 1 : 0;
                dateOrdinals += IsOrdinal(word) ? 1 : 0;
            }

            month |= Months.Any(m => word.StartsWith(m, StringComparison.Ordinal));
        }

        return new NumberScan(cardinals, answerOrdinals, dateOrdinals, month);
    }

    private readonly record struct NumberScan(int Cardinals, int AnswerOrdinals, int DateOrdinals, bool Month);

    // Ordinals of dates: "первого", "двадцать девятого", "восемьдесят пятого".
    private static bool NumberStem(string word) =>
        word.StartsWith("перв", StringComparison.Ordinal) || word.StartsWith("втор", StringComparison.Ordinal)
        || word.StartsWith("трет", StringComparison.Ordinal) || word.StartsWith("четверт", StringComparison.Ordinal)
        || word.StartsWith("пят", StringComparison.Ordinal) || word.StartsWith("шест", StringComparison.Ordinal)
        || word.StartsWith("седьм", StringComparison.Ordinal) || word.StartsWith("восьм", StringComparison.Ordinal)
        || word.StartsWith("девят", StringComparison.Ordinal) || word.StartsWith("десят", StringComparison.Ordinal)
        || word.StartsWith("двадцат", StringComparison.Ordinal) || word.StartsWith("тридцат", StringComparison.Ordinal)
        || word.StartsWith("семидесят", StringComparison.Ordinal) || word.StartsWith("девяност", StringComparison.Ordinal)
        || word.StartsWith("тысячн", StringComparison.Ordinal) || word.StartsWith("двухтысячн", StringComparison.Ordinal);

    /// <summary>The kinds of identification data a caller's turn shows by its shape, named like the script's factors:
    /// <c>name</c> (a patronymic), <c>birth_date</c> (a month, or two ordinals as in «семнадцатое ноль второе
    /// семьдесят девятого»), <c>email</c>, and <c>number</c> (four or more number words: a code or a document).</summary>
    public static IReadOnlyList<string> IdentificationKinds(IReadOnlyList<string> words)
    {
        var kinds = new List<string>(4);
        if (HasPatronymic(words))
        {
            kinds.Add("name");
        }

        var scan = ScanNumbers(words);
        if (scan.Month || scan.DateOrdinals >= 2)
        {
            kinds.Add("birth_date");
        }

        if (HasEmail(words))
        {
            kinds.Add("email");
        }

        if (scan.Cardinals >= 4)
        {
            kinds.Add("number");
        }

        return kinds;
    }

    private static bool IsOrdinal(string word) =>
        word.EndsWith("надцатого", StringComparison.Ordinal) || word.EndsWith("надцатое", StringComparison.Ordinal)
        || ((word.EndsWith("ого", StringComparison.Ordinal) || word.EndsWith("ое", StringComparison.Ordinal)) && word.Length > 4 && NumberStem(word));

    /// <summary>"ivanova собака mail точка ru": ASR and clean transcripts both say the at-sign aloud or write it.</summary>
    public static bool HasEmail(IReadOnlyList<string> words) => words.Contains("собака");
}
