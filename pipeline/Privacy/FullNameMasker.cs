using System.Buffers;
using System.Text.RegularExpressions;

namespace QualityAnalytics.Pipeline.Privacy;

/// <summary>Masks a person's full name: the words after an identification phrase («меня зовут…», «ФИО…»),
/// and any surname–name–patronymic triple in either order, capitalised or not (ASR often writes lower case).</summary>
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
    };

    // What each pattern cannot match without. A trigger: every trigger phrase holds one of these (the «ф и о»
    // spellings hold «ф» then «и» with at most a dot and a space between). A name: a word ending as a patronymic.
    private static readonly SearchValues<string> TriggerParts = SearchValues.Create(
        ["зовут", "имя", "фамили", "говорит", "представьтесь", "фи", "ф.и", "ф и", "ф. и", "ф\tи", "ф\nи", "ф\u00a0и", "ф.\u00a0и"],
        StringComparison.OrdinalIgnoreCase);

    private static readonly string[] PatronymicEndings = ["ович", "евич", "ич", "овна", "евна", "ична", "инична"];

    public static string Mask(string text)
    {
        if (text.AsSpan().ContainsAny(TriggerParts))
        {
            text = AfterTrigger().Replace(text, MaskAfterTrigger);
        }

        if (!HasPatronymicEnding(text))
        {
            return text;
        }

        text = SurnameFirst().Replace(text, MaskTokens.FullName);
        return NameFirst().Replace(text, MaskTokens.FullName);
    }

    /// <summary>Whether some word ends as a patronymic: both name patterns need one, and few segments have it.</summary>
    private static bool HasPatronymicEnding(string text)
    {
        foreach (var word in new LetterWords(text))
        {
            foreach (var ending in PatronymicEndings)
            {
                if (word.EndsWith(ending, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
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

        var nameEnd = words[taken - 1].Index + words[taken - 1].Length;
        var nameStart = words[0].Index;
        return string.Concat(
            match.Value.AsSpan(0, nameStart - match.Index),
            MaskTokens.FullName,
            match.Value.AsSpan(nameEnd - match.Index));
    }

    [GeneratedRegex("""
        (?ix)
        (?:меня\s+зовут|моё\s+имя|мое\s+имя|моя\s+фамилия|ф\.?\s?и\.?\s?о\.?(?:\s+заявителя)?|фамилия,?\s+имя,?\s+отчество|фамилия|на\s+имя|это\s+говорит|представьтесь,?\s+пожалуйста)
        \b[\s:,\-—–]*
        (?<words>\b[а-яёa-z][а-яёa-z\-]+\b(?:\s+|(?=[\s,.!?;:]|$))){1,4}
        """, RegexOptions.CultureInvariant)]
    private static partial Regex AfterTrigger();

    // «Иванов Иван Иванович», «петрова анна сергеевна»
    [GeneratedRegex(@"(?i)\b[а-яё]+(?:ов|ев|ёв|ин|ын|ова|ева|ёва|ина|ына|ский|ская|цкий|цкая|ко|ук|юк|чук|дзе|швили|ян)\s+[а-яё]{2,}\s+[а-яё]+(?:ович|евич|ич|овна|евна|ична|инична)\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex SurnameFirst();

    // «Иван Иванович Иванов», «Анна Сергеевна» (name and patronymic alone identify a caller in a short list)
    [GeneratedRegex(@"(?i)\b[а-яё]{2,}\s+[а-яё]+(?:ович|евич|овна|евна|ична|инична)\b(?:\s+[а-яё]+(?:ов|ев|ёв|ин|ын|ова|ева|ёва|ина|ына|ский|ская|цкий|цкая)\b)?",
        RegexOptions.CultureInvariant)]
    private static partial Regex NameFirst();
}
