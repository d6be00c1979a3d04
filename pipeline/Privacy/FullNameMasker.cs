using System.Buffers;
using System.Text.RegularExpressions;

namespace QualityAnalytics.Pipeline.Privacy;

/// <summary>Masks a person's full name: the words after an identification phrase («меня зовут…», «ФИО…»), a name
/// part the speaker labels («имя Пётр», «отчество Сидорович»), and any surname–name–patronymic triple in either
/// order, capitalised or not (ASR often writes lower case).</summary>
internal static partial class FullNameMasker
{
    // Words that end a name after «меня зовут»: the speaker has moved on to the request.
    private static readonly HashSet<string> StopWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "я", "мне", "меня", "мой", "моя", "и", "а", "но", "вот", "хочу", "хотел", "хотела", "хотелось", "звоню",
        "по", "у", "с", "в", "на", "о", "об", "это", "не", "да", "нет", "пожалуйста", "скажите", "подскажите",
        "можно", "так", "ну", "здравствуйте", "добрый", "день", "вечер", "утро", "оператор", "специалист",
        "чем", "как", "что", "слушаю", "могу", "помочь", "вопрос", "насчёт", "насчет", "уточнить", "узнать",
        "был", "была", "есть", "будет", "тоже", "уже", "ещё", "еще", "сейчас", "дата", "рождения", "паспорт",
        // What an operator asks for with the name: «Назовите ФИО, дату рождения и СНИЛС», «ФИО полностью».
        "дату", "даты", "дате", "полностью", "снилс", "инн", "телефон", "для",
        // The next label of a list: «фамилия Иванов имя Пётр…» is three labelled parts, each masked on its own.
        "фамилия", "имя", "отчество",
    };

    // Words that follow «имя» or «отчество» in the operator's requests and instructions and are no name: the label's
    // other words, misheard ones included («имя отчиство»), and whose name it is («имя оператора», «имя ребёнка»).
    private static readonly string[] NotNamePrefixes =
    [
        "фамил", "имен", "отч", "очеств", "оператор", "специалист", "ребён", "ребен", "матер", "отц", "муж",
        "супруг", "пользовател", "получател", "владел", "заявител", "файл", "латиниц", "полност", "телефон",
        "адрес", "почт", "паспорт", "снилс", "гос", "как", "подтверд", "указ", "напис", "запис", "исправ", "измен",
        "зарегистр", "совпад", "правильн", "неправильн",
    ];

    // Whole words of the same kind where a prefix would take names too («Мамед», «Дато»), and pronouns and
    // determiners («отчество той девушки», «имя её»).
    private static readonly HashSet<string> NotNameWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "мама", "мамы", "маме", "мамин", "мамино", "папа", "папы", "дата", "даты", "дату",
        "её", "ее", "его", "их", "ваше", "ваш", "ваша", "свое", "своё", "чтобы", "также", "только",
        "там", "тут", "то", "та", "тот", "той", "того", "те", "этой", "этого", "такое", "такой", "другое", "другой",
    };

    // Endings of verbs and adverbs, which no name has: «имя вводите», «отчество расходится», «отчество действительно».
    private static readonly string[] NotNameEndings = ["ите", "ете", "ся", "ть", "но"];

    // What each pattern cannot match without. A trigger: every trigger phrase holds one of these (the «ф и о»
    // spellings hold «ф» then «и» with at most a dot and a space between). A name: a word ending as a patronymic.
    private static readonly SearchValues<string> TriggerParts = SearchValues.Create(
        ["зовут", "имя", "отчеств", "фамили", "говорит", "представьтесь", "фи", "ф.и", "ф и", "ф. и", "ф\tи", "ф\nи", "ф\u00a0и", "ф.\u00a0и"],
        StringComparison.OrdinalIgnoreCase);

    private static readonly string[] PatronymicEndings = ["ович", "евич", "ич", "овна", "евна", "ична", "инична"];

    // A patronymic in the other cases, as a name is read out of a record: «заявление Ершовой Натальи Викторовны», «за
    // Ковалёвым Николаем Фёдоровичем». Looked for only in capitalised words: in lower case «вне», «главной» end so too.
    private static readonly string[] OtherCasePatronymicEndings =
        ["ича", "ичу", "ичем", "иче", "вны", "вне", "вну", "вной", "чны", "чне", "чну", "чной"];

    public static string Mask(string text)
    {
        if (text.AsSpan().ContainsAny(TriggerParts))
        {
            text = AfterTrigger().Replace(text, MaskAfterTrigger);
            text = LabelledPart().Replace(text, MaskLabelledPart);
        }

        var (nominative, otherCase) = PatronymicShapes(text);
        if (nominative)
        {
            text = SurnameFirst().Replace(text, MaskTokens.FullName);
            text = NameFirst().Replace(text, MaskTokens.FullName);
        }

        return otherCase ? CapitalisedInOtherCase().Replace(text, MaskTokens.FullName) : text;
    }

    /// <summary>Whether some word ends as a patronymic, and whether a capitalised one ends as one in another case: each
    /// name pattern needs its kind, and few segments have either. One pass over the words.</summary>
    private static (bool Nominative, bool OtherCase) PatronymicShapes(string text)
    {
        bool nominative = false, otherCase = false;
        foreach (var word in new LetterWords(text))
        {
            nominative = nominative || EndsInAny(word, PatronymicEndings);
            otherCase = otherCase || (char.IsUpper(word[0]) && EndsInAny(word, OtherCasePatronymicEndings));
            if (nominative && otherCase)
            {
                break;
            }
        }

        return (nominative, otherCase);
    }

    private static bool EndsInAny(ReadOnlySpan<char> word, string[] endings)
    {
        foreach (var ending in endings)
        {
            if (word.EndsWith(ending, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static string MaskAfterTrigger(Match match)
    {
        var words = match.Groups["words"].Captures;
        var taken = 0;
        foreach (Capture word in words)
        {
            if (StopWords.Contains(word.Value.Trim()) || taken == 3)
            {
                break;
            }

            taken++;
        }

        if (taken == 0)
        {
            return match.Value;
        }

        // A word's capture holds the space after it, which belongs to the sentence: «меня зовут [ФИО] и я…».
        var nameEnd = words[taken - 1].Index + words[taken - 1].Value.TrimEnd().Length;
        var nameStart = words[0].Index;
        return string.Concat(
            match.Value.AsSpan(0, nameStart - match.Index),
            MaskTokens.FullName,
            match.Value.AsSpan(nameEnd - match.Index));
    }

    /// <summary>The word after «имя», «отчество» or «фамилия», unless it is none of a name: operators say the labels
    /// in their requests («фамилию, имя как в паспорте», «имя оператора»). Capitals are not required: ASR writes
    /// «имя пётр» in lower case, and a missed name costs more than a masked «имя [ФИО]».</summary>
    private static string MaskLabelledPart(Match match)
    {
        var word = match.Groups["word"];
        if (!IsNamePart(word.Value))
        {
            return match.Value;
        }

        return string.Concat(match.Value.AsSpan(0, word.Index - match.Index), MaskTokens.FullName);
    }

    private static bool IsNamePart(string word)
    {
        if (StopWords.Contains(word) || NotNameWords.Contains(word))
        {
            return false;
        }

        foreach (var prefix in NotNamePrefixes)
        {
            if (word.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        foreach (var ending in NotNameEndings)
        {
            if (word.EndsWith(ending, StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        return true;
    }

    [GeneratedRegex("""
        (?ix)
        (?:меня\s+зовут|моё\s+имя|мое\s+имя|моя\s+фамилия|ф\.?\s?и\.?\s?о\.?(?:\s+заявителя)?|фамилия,?\s+имя,?\s+отчество|фамилия|на\s+имя|это\s+говорит|представьтесь,?\s+пожалуйста)
        \b[\s:,\-—–]*
        (?<words>\b[а-яёa-z][а-яёa-z\-]+\b(?:\s+|(?=[\s,.!?;:]|$))){1,4}
        """, RegexOptions.CultureInvariant)]
    private static partial Regex AfterTrigger();

    // «имя Пётр», «отчество: Сидорович», «фамилия у меня Иванова»: the label as the caller says it (nominative; the
    // operator asks for «фамилию»), then maybe «у меня» or «моё», then the one word the label names. Not «на ваше
    // имя» («на ваше имя зарегистрирован автомобиль»): «на» makes it «in the name of», and a verb follows.
    [GeneratedRegex("""
        (?ix)
        \b(?:фамилия|(?<!\bна\s+(?:[а-яё]+\s+)?)имя|отчество)\b[\s:,\-—–]*
        (?:(?:у\s+меня|моё|мое|моя|мой)\s+)?
        (?<word>[а-яёa-z][а-яёa-z\-]*[а-яёa-z])\b
        """, RegexOptions.CultureInvariant)]
    private static partial Regex LabelledPart();

    // «Иванов Иван Иванович», «петрова анна сергеевна»
    [GeneratedRegex(@"(?i)\b[а-яё]+(?:ов|ев|ёв|ин|ын|ова|ева|ёва|ина|ына|ский|ская|цкий|цкая|ко|ук|юк|чук|дзе|швили|ян)\s+[а-яё]{2,}\s+[а-яё]+(?:ович|евич|ич|овна|евна|ична|инична)\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex SurnameFirst();

    // A name in another case, as a record is read out: «Ершовой Натальи Викторовны», «Николаем Фёдоровичем», «Анне
    // Петровне», with the surname before it when it declines like one («Ершовой», «Ковалёвым»; a capitalised word of
    // another shape there is more often the sentence's first word, «Передайте Анне Петровне»). Only capitalised — in
    // lower case «основной», «родной» end like a patronymic — so recognised text without capitals keeps such names.
    [GeneratedRegex(@"(?:\b[А-ЯЁ][а-яё]+(?:ов|ев|ёв|ин|ын|ск|цк)(?:а|у|ым|ом|ой|ую|ого|ому|им|ий|ая)\s+)?\b[А-ЯЁ][а-яё]+\s+[А-ЯЁ][а-яё]+(?:(?:ович|евич|ич)(?:а|у|ем|е)|(?:овн|евн|ичн|иничн)(?:ы|е|у|ой))\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex CapitalisedInOtherCase();

    // «Иван Иванович Иванов», «Анна Сергеевна» (name and patronymic alone identify a caller in a short list)
    [GeneratedRegex(@"(?i)\b[а-яё]{2,}\s+[а-яё]+(?:ович|евич|овна|евна|ична|инична)\b(?:\s+[а-яё]+(?:ов|ев|ёв|ин|ын|ова|ева|ёва|ина|ына|ский|ская|цкий|цкая)\b)?",
        RegexOptions.CultureInvariant)]
    private static partial Regex NameFirst();
}
