using System.Text.Json;
using QualityAnalytics.Pipeline.Privacy;

namespace QualityAnalytics.Pipeline.Tests.Privacy;

/// <summary>A corpus of the ways Russian callers and ASR write personal data. Each row: the text, the token it must
/// become, and the fragment that must be gone.</summary>
[TestClass]
public sealed class PersonalDataMaskerTests
{
    [TestMethod]
    // Passports: digits in the usual layouts, and dictated in words.
    [DataRow("паспорт 45 12 345678", "[паспорт]", "345678")]
    [DataRow("серия 4512 номер 345678", "[паспорт]", "345678")]
    [DataRow("Мой паспорт: 4512345678.", "[паспорт]", "4512345678")]
    [DataRow("данные паспорта сорок пять двенадцать триста сорок пять шестьсот семьдесят восемь", "[паспорт]", "шестьсот")]
    [DataRow("вот 45 12 345678 записывайте", "[паспорт]", "345678")]
    [DataRow("Сорок пять двенадцать, номер... сейчас... 345678. То есть 45 12 345678.", "[номер]", "двенадцать")]
    [DataRow("сорок пять двенадцать это серия паспорта", "[паспорт]", "двенадцать")]
    [DataRow("номер 345678", "[номер]", "345678")]
    // СНИЛС
    [DataRow("СНИЛС 123-456-789 01", "[СНИЛС]", "789")]
    [DataRow("мой снилс 12345678901", "[СНИЛС]", "12345678901")]
    [DataRow("номер снилс сто двадцать три четыреста пятьдесят шесть семьсот восемьдесят девять ноль один", "[СНИЛС]", "семьсот")]
    [DataRow("страховое свидетельство 112-233-445 95", "[СНИЛС]", "445")]
    // ИНН
    [DataRow("ИНН 772812345678", "[ИНН]", "772812345678")]
    [DataRow("мой инн семьсот семьдесят два восемьсот двенадцать триста сорок пять шестьсот семьдесят восемь", "[ИНН]", "восемьсот")]
    [DataRow("инн организации 7707083893", "[ИНН]", "7707083893")]
    // Phones
    [DataRow("перезвоните мне на +7 (916) 123-45-67", "[телефон]", "123-45-67")]
    [DataRow("номер 8 916 123 45 67", "[телефон]", "916")]
    [DataRow("89161234567", "[телефон]", "89161234567")]
    [DataRow("мой телефон восемь девятьсот шестнадцать сто двадцать три сорок пять шестьдесят семь", "[телефон]", "девятьсот")]
    [DataRow("плюс семь девятьсот двадцать шесть пятьсот пятьдесят пять тридцать три двадцать два", "[телефон]", "пятьсот")]
    [DataRow("запишите 9161234567", "[телефон]", "9161234567")]
    // E-mail
    [DataRow("почта ivan.petrov@mail.ru, пишите", "[e-mail]", "petrov")]
    [DataRow("адрес иванов собака яндекс точка ру", "[e-mail]", "яндекс")]
    [DataRow("ivanov собака mail точка ru", "[e-mail]", "ivanov")]
    [DataRow("пишите на почта@госуслуги.рф", "[e-mail]", "почта@")]
    // Cards
    [DataRow("карта 4276 1234 5678 9012", "[карта]", "5678")]
    [DataRow("списали с 4276-1234-5678-9012", "[карта]", "9012")]
    [DataRow("номер карты 2200123456789012", "[карта]", "2200123456789012")]
    // Dates of birth
    [DataRow("дата рождения 12.03.1985", "[дата рождения]", "1985")]
    [DataRow("я родилась 5 мая 1990 года", "[дата рождения]", "1990")]
    [DataRow("родился двенадцатого марта тысяча девятьсот восемьдесят пятого года", "[дата рождения]", "двенадцатого")]
    [DataRow("д.р. 01/02/1979", "[дата рождения]", "1979")]
    [DataRow("мне выдали в 14.07.2003", "[дата рождения]", "2003")]
    [DataRow("Дата рождения 12.03.1985.", "[дата рождения]", "12.03")]
    // Said as answers are: the day in the nominative, the year by its last two digits, with or without «года».
    [DataRow("Четырнадцатое марта пятьдесят третьего года.", "[дата рождения]", "пятьдесят третьего")]
    [DataRow("третье октября девяностого года.", "[дата рождения]", "девяностого")]
    [DataRow("двенадцатое декабря девяностого", "[дата рождения]", "двенадцатое")]
    [DataRow("двадцать седьмое мая семьдесят восьмого", "[дата рождения]", "семьдесят восьмого")]
    [DataRow("1 марта 85-го", "[дата рождения]", "85")]
    [DataRow("пятого января две тысячи третьего", "[дата рождения]", "третьего")]
    [DataRow("Девятое июля тысяча девятьсот восемьдесят первого.", "[дата рождения]", "восемьдесят первого")]
    [DataRow("Белова Марина, восемьдесят третьего года рождения", "[дата рождения]", "восемьдесят третьего")]
    [DataRow("Петров Иван, 1985 г.р.", "[дата рождения]", "1985")]
    // As a recogniser writes them: lower case, no punctuation, misheard vowels, digits for tens, «год» glued on.
    [DataRow("дата рождения двенадцатое марта восемьдесят пятого года паспорт у меня с собой", "[дата рождения]", "восемьдесят пятого")]
    [DataRow("тридцотое января восимьдесят третьего", "[дата рождения]", "восимьдесят")]
    [DataRow("двадцать петое марта семьдисят четвертого", "[дата рождения]", "семьдисят")]
    [DataRow("восьмое мая 70 четвертого", "[дата рождения]", "четвертого")]
    [DataRow("тридцатое января девяносто седьмой год", "[дата рождения]", "девяносто седьмой")]
    [DataRow("первое июля восьмидесятогогод", "[дата рождения]", "восьмидесятого")]
    [DataRow("десятое э октября восемьдесят шестого", "[дата рождения]", "восемьдесят шестого")]
    // Names after identification phrases and bare full names.
    [DataRow("Здравствуйте, меня зовут Иванов Иван Иванович, я по поводу пенсии", "[ФИО]", "Иванов")]
    [DataRow("меня зовут анна сергеевна петрова и я хотела узнать", "[ФИО]", "петрова")]
    [DataRow("ФИО: Смирнова Ольга Петровна", "[ФИО]", "Смирнова")]
    [DataRow("заявление подавал Кузнецов Пётр Алексеевич в марте", "[ФИО]", "Кузнецов")]
    [DataRow("моя фамилия Сидоренко", "[ФИО]", "Сидоренко")]
    [DataRow("на имя Григорьев Михаил", "[ФИО]", "Григорьев")]
    // A name part the caller labels, capitalised or not.
    [DataRow("Фамилия Иванов, имя Пётр, отчество Сидорович", "[ФИО]", "Пётр")]
    [DataRow("Моя фамилия Иванова, имя Мария.", "[ФИО]", "Мария")]
    [DataRow("имя пётр", "[ФИО]", "пётр")]
    [DataRow("фамилия у меня Иванова", "[ФИО]", "Иванова")]
    [DataRow("а имя у меня Гульнара", "[ФИО]", "Гульнара")]
    public void Mask_ReplacesPersonalData_WhenTextContainsIt(string text, string token, string secret)
    {
        var masked = PersonalDataMasker.Mask(text);

        Assert.Contains(token, masked, $"«{text}» → «{masked}»");
        Assert.DoesNotContain(secret, masked, $"«{text}» → «{masked}»");
    }

    [TestMethod]
    [DataRow("Ваше заявление будет рассмотрено в течение 30 дней.")]
    [DataRow("Срок подачи до 15 марта 2026 года.")]
    [DataRow("Добрый день, оператор Мария, чем могу помочь?")]
    [DataRow("Госпошлина 350 рублей, оплатить можно до 01.12.2026.")]
    [DataRow("Назовите, пожалуйста, вашу фамилию.")]
    [DataRow("Подождите две минуты, я уточню.")]
    [DataRow("В 2025 году номер заявления присваивался автоматически.")]
    [DataRow("Есть ли у вас ещё вопросы?")]
    // Deadlines and filing dates said in words, with no year or a year still to come.
    [DataRow("Срок уплаты был первого декабря прошлого года.")]
    [DataRow("Ответ ожидается до двадцать восьмого ноября.")]
    [DataRow("Пособие назначат с первого марта двадцать шестого года.")]
    [DataRow("Срок до пятнадцатого марта две тысячи двадцать шестого года.")]
    [DataRow("Пятого ноября девяносто дней истекли.")]
    [DataRow("К 10 марта 12 заявлений уже рассмотрели.")]
    // The labels in the operator's requests and instructions, and a first name alone.
    [DataRow("Сначала идентификация: фамилия, имя, отчество и дата рождения.")]
    [DataRow("Назовите, пожалуйста, фамилию, имя, отчество и дату рождения.")]
    [DataRow("Вводите фамилию, имя как в паспорте, латиницей.")]
    [DataRow("Мне пришло письмо: на ваше имя зарегистрирован автомобиль.")]
    [DataRow("Помните имя оператора?")]
    [DataRow("Назовите ФИО, дату рождения и СНИЛС для подтверждения.")]
    [DataRow("Назовите, пожалуйста, ФИО полностью.")]
    [DataRow("Для регистрации нужны ФИО, телефон или почта.")]
    [DataRow("Спасибо, Пётр.")]
    // Words that end like a patronymic in another case, and capitalised place names.
    [DataRow("это основной способ, родной язык не важен")]
    [DataRow("Обратитесь в МФЦ на улице Льва Толстого или в Великом Новгороде.")]
    public void Mask_LeavesTextUnchanged_WhenItHoldsNoPersonalData(string text)
    {
        Assert.AreEqual(text, PersonalDataMasker.Mask(text));
    }

    [TestMethod]
    [DataRow("12.03.1985", ".")]
    [DataRow("12.03.1985", ",")]
    [DataRow("12.03.1985", ")")]
    [DataRow("12.03.1985", "")]
    [DataRow("12.03.85", ".")]
    [DataRow("12.03.85", ",")]
    [DataRow("12.03.85", ")")]
    [DataRow("12.03.85", "")]
    [DataRow("12/03/1985", ".")]
    [DataRow("12/03/1985", ",")]
    [DataRow("12/03/1985", ")")]
    [DataRow("12/03/1985", "")]
    [DataRow("1985-03-12", ".")]
    [DataRow("1985-03-12", ",")]
    [DataRow("1985-03-12", ")")]
    [DataRow("1985-03-12", "")]
    public void Mask_MasksTheWholeNumericBirthDate_WhateverEndsTheSentence(string date, string end)
    {
        var masked = PersonalDataMasker.Mask($"(д.р. {date}{end}");

        Assert.AreEqual($"(д.р. [дата рождения]{end}", masked);
    }

    /// <summary>A name read out of a record comes in other cases than the nominative a caller says it in.</summary>
    [TestMethod]
    [DataRow("Вижу заявление Ершовой Натальи Викторовны, оно исполнено.", "Вижу заявление [ФИО], оно исполнено.")]
    [DataRow("Учётная запись закреплена за Ковалёвым Николаем Фёдоровичем.", "Учётная запись закреплена за [ФИО].")]
    [DataRow("Передайте Анне Петровне, что справка готова.", "Передайте [ФИО], что справка готова.")]
    [DataRow("Заявитель — сын Ивана Ильича.", "Заявитель — сын [ФИО].")]
    public void Mask_MasksANameReadOutInAnotherCase(string text, string expected)
    {
        Assert.AreEqual(expected, PersonalDataMasker.Mask(text));
    }

    [TestMethod]
    [DataRow("Фамилия Иванов, имя Пётр, отчество Сидорович", "Фамилия [ФИО], имя [ФИО], отчество [ФИО]")]
    [DataRow("фамилия иванов имя пётр отчество сидорович", "фамилия [ФИО] имя [ФИО] отчество [ФИО]")]
    [DataRow("Отчество — Алишерович.", "Отчество — [ФИО].")]
    [DataRow("отчество у меня Сидорович", "отчество у меня [ФИО]")]
    public void Mask_MasksEachLabelledNamePart_AndKeepsTheLabels(string text, string expected)
    {
        Assert.AreEqual(expected, PersonalDataMasker.Mask(text));
    }

    [TestMethod]
    public void Mask_ReadsNoKindFromAMaskToken_WhenANumberFollowsIt()
    {
        // The «рождения» in «[дата рождения]» is no keyword: a confirmation code said after the date stays a code.
        var masked = PersonalDataMasker.Mask("Второе февраля пятьдесят девятого года. Код один-два-ноль-ноль.");

        Assert.AreEqual("[дата рождения]. Код один-два-ноль-ноль.", masked);
    }

    [TestMethod]
    public void Mask_LeavesNoBirthDate_InTheBundledSampleTranscripts()
    {
        // The birth dates the callers of samples/calls say, in their words.
        string[] spoken =
        [
            "четырнадцатое марта", "девятое июля", "второе февраля", "третье октября", "двадцать первое августа",
            "пятьдесят третьего", "восемьдесят первого", "пятьдесят девятого", "девяностого", "шестидесятого",
        ];
        var transcripts = Directory.GetFiles(Path.Combine(SamplesFolder(), "transcripts"), "*.json");
        var left = new List<string>();
        foreach (var file in transcripts)
        {
            using var transcript = JsonDocument.Parse(File.ReadAllText(file));
            foreach (var segment in transcript.RootElement.GetProperty("segments").EnumerateArray())
            {
                var masked = PersonalDataMasker.Mask(segment.GetProperty("text").GetString()!);
                left.AddRange(spoken.Where(d => masked.Contains(d, StringComparison.OrdinalIgnoreCase)).Select(d => $"{Path.GetFileName(file)}: «{masked}»"));
            }
        }

        Assert.IsNotEmpty(transcripts);
        Assert.IsEmpty(left, string.Join("\n", left));
    }

    [TestMethod]
    public void Mask_KeepsSurroundingWords_WhenMaskingInsideASentence()
    {
        var masked = PersonalDataMasker.Mask("Да, мой номер телефона 8 916 123-45-67, звоните после обеда.");

        Assert.AreEqual("Да, мой номер телефона [телефон], звоните после обеда.", masked);
    }

    [TestMethod]
    public void Mask_IsIdempotent_WhenAppliedTwice()
    {
        const string text = "паспорт 4512 345678, снилс 123-456-789 01, почта a@b.ru, меня зовут Пётр Сергеевич";
        var once = PersonalDataMasker.Mask(text);

        Assert.AreEqual(once, PersonalDataMasker.Mask(once));
    }

    [TestMethod]
    public void MaskOrNull_ReturnsNull_WhenQuoteIsAbsent()
    {
        Assert.IsNull(PersonalDataMasker.MaskOrNull(null));
    }

    private static string SamplesFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "samples", "calls");
            if (Directory.Exists(Path.Combine(candidate, "transcripts")))
            {
                return candidate;
            }
        }

        Assert.Inconclusive("samples/calls not found above the test folder.");
        return "";
    }
}
