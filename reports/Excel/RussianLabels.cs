using QualityAnalytics.Models.Judgement;

namespace QualityAnalytics.Reports.Excel;

/// <summary>What a reader sees for the contract's closed vocabularies. Unknown ids (rules added later) show as they are.</summary>
internal static class RussianLabels
{
    public const string NotSpecified = "не указано";

    public static string Stage(string id) => id switch
    {
        StageIds.Greeting => "Приветствие",
        StageIds.Identification => "Идентификация заявителя",
        StageIds.NeedClarification => "Выявление потребности",
        StageIds.Solution => "Решение вопроса",
        StageIds.FurtherHelp => "Предложение дополнительной помощи",
        StageIds.Farewell => "Прощание",
        _ => id,
    };

    public static string Rule(string id) => id switch
    {
        ViolationRules.PdBeforeIdentification => "Раскрытие данных до идентификации",
        ViolationRules.ActionBeforeIdentification => "Действия от имени клиента до идентификации",
        ViolationRules.ForbiddenPhrase => "Запрещённые фразы",
        _ => id,
    };

    public static string Topic(string id) => id switch
    {
        Topics.ApplicationStatus => "Статус заявления",
        Topics.ApplicationSubmission => "Подача заявления",
        Topics.Documents => "Документы",
        Topics.Deadlines => "Сроки",
        Topics.Payment => "Оплата",
        Topics.AccountAccess => "Доступ к личному кабинету",
        Topics.Registration => "Регистрация",
        Topics.TechnicalIssue => "Технические проблемы",
        Topics.Other => "Прочее",
        _ => id,
    };

    public static string Verdict(string id) => id switch
    {
        Verdicts.Pass => "Норма",
        Verdicts.Coach => "Требует обучения",
        Verdicts.Fail => "Неудовлетворительно",
        _ => id,
    };

    public static string OrNotSpecified(string? value) => string.IsNullOrWhiteSpace(value) ? NotSpecified : value;

    /// <summary>Seconds from the recording start as м:сс, the way a listener seeks in a player.</summary>
    public static string TimeCode(double? seconds)
    {
        if (seconds is not { } s)
        {
            return "—";
        }

        var total = (int)Math.Floor(s);
        return $"{total / 60}:{total % 60:00}";
    }
}
