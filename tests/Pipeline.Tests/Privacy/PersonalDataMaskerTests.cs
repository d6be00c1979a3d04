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
    // Names after identification phrases and bare full names.
    [DataRow("Здравствуйте, меня зовут Иванов Иван Иванович, я по поводу пенсии", "[ФИО]", "Иванов")]
    [DataRow("меня зовут анна сергеевна петрова и я хотела узнать", "[ФИО]", "петрова")]
    [DataRow("ФИО: Смирнова Ольга Петровна", "[ФИО]", "Смирнова")]
    [DataRow("заявление подавал Кузнецов Пётр Алексеевич в марте", "[ФИО]", "Кузнецов")]
    [DataRow("моя фамилия Сидоренко", "[ФИО]", "Сидоренко")]
    [DataRow("на имя Григорьев Михаил", "[ФИО]", "Григорьев")]
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
    public void Mask_LeavesTextUnchanged_WhenItHoldsNoPersonalData(string text)
    {
        Assert.AreEqual(text, PersonalDataMasker.Mask(text));
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
}
