using QualityAnalytics.Models.Calls;
using QualityAnalytics.Pipeline.Classification;
using QualityAnalytics.Pipeline.Scoring;
using QualityAnalytics.Models.Judgement;
using static QualityAnalytics.Pipeline.Tests.Scoring.ScoringFixtures;

namespace QualityAnalytics.Pipeline.Tests.Scoring;

[TestClass]
public sealed class ScriptCallJudgeTests
{
    private static readonly string[] CleanCall =
    [
        "о: Здравствуйте, контактный центр Госуслуг, оператор Анна. Чем могу помочь?",
        "к: Добрый день. Хочу узнать, что с моим заявлением на пособие.",
        "о: Для идентификации назовите, пожалуйста, фамилию, имя, отчество и дату рождения.",
        "к: Петрова Мария Ивановна, пятое марта восемьдесят седьмого года.",
        "о: Спасибо, Мария Ивановна, данные совпадают. Уточните, пожалуйста, заявление вы подавали через портал?",
        "к: Да, через портал, в начале месяца.",
        "о: Вижу ваше заявление, статус «на рассмотрении в ведомстве». Срок рассмотрения десять рабочих дней, решение придёт в личный кабинет, делать ничего не нужно.",
        "к: Понятно, спасибо.",
        "о: Могу ещё чем-то помочь?",
        "к: Нет, всё.",
        "о: Спасибо за обращение, всего доброго, до свидания.",
    ];

    [TestMethod]
    public void Judge_ReportsEveryStageInContractOrderWithEvidence_WhenScriptFollowed()
    {
        var judgement = Judge(Dialogue(CleanCall), Topics.ApplicationStatus);

        Assert.AreSequenceEqual(StageIds.All, judgement.Stages.Select(s => s.Id));
        foreach (var stage in judgement.Stages)
        {
            Assert.IsTrue(stage.Done, stage.Id);
            Assert.IsNotNull(stage.Quote, stage.Id);
            Assert.IsNotNull(stage.Start, stage.Id);
        }

        Assert.AreEqual(0.5, judgement.Stage(StageIds.Greeting).Start);
        Assert.AreEqual(8.5, judgement.Stage(StageIds.Identification).Start);
        Assert.IsEmpty(judgement.Violations);
        Assert.AreEqual("gosuslugi-2026.1", judgement.ScriptVersion);
        Assert.AreEqual(Verdicts.Pass, judgement.Verdict);
        Assert.AreEqual(100, judgement.Scores.Adherence);
    }

    [TestMethod]
    public void Judge_FailsCall_WhenStatusDisclosedBeforeIdentification()
    {
        var judgement = Judge(Dialogue(
            "о: Здравствуйте, Госуслуги, Ольга, слушаю.",
            "к: Здравствуйте. Что с очередью в детский сад? Заявление номер 2194567710.",
            "о: Так, по номеру вижу: заявление на зачисление, ребёнок Ковалёв Матвей Ильич, статус «в очереди», позиция сорок третья.",
            "к: Сорок третья?!",
            "о: Ой, мне нужно подтвердить вашу личность. Назовите ФИО и дату рождения.",
            "к: Ковалёва Дарья Игоревна, второе апреля девяностого.",
            "о: Спасибо, данные совпадают. Позиция меняется, если появляются льготники.",
            "о: Остались вопросы? Всего доброго."), Topics.ApplicationStatus);

        var violation = judgement.Violations.Single();
        Assert.AreEqual(ViolationRules.PdBeforeIdentification, violation.Rule);
        Assert.IsTrue(violation.Critical);
        Assert.AreEqual(8.5, violation.Start);
        Assert.AreEqual(Verdicts.Fail, judgement.Verdict);
        Assert.IsTrue(judgement.Stage(StageIds.Identification).Done);
    }

    /// <summary>Document numbers read out from a record name the factors with their values: that is a disclosure, not the
    /// identification request (which once made it the start of identification and hid the violation).</summary>
    [TestMethod]
    [DataRow("о: Вижу ваше заявление. В нём указан паспорт 4512 345678 и СНИЛС 123-456-789 01, заявление исполнено.")]
    [DataRow("о: Так, по вашему номеру вижу: Петрова Анна Сергеевна, СНИЛС 123-456-789 01, заявление на загранпаспорт исполнено.")]
    public void Judge_FailsCall_WhenDocumentNumbersReadOutBeforeIdentification(string readOut)
    {
        var transcript = Dialogue(
            "о: Госуслуги, оператор Анна, здравствуйте! Чем могу помочь?",
            "к: Здравствуйте, я хотела узнать, что с моим заявлением на загранпаспорт.",
            readOut,
            "к: Да, всё так.",
            "о: Назовите, пожалуйста, фамилию, имя, отчество и дату рождения.",
            "к: Петрова Анна Сергеевна, двенадцатое марта восемьдесят пятого года.",
            "о: Спасибо, данные подтверждены. Паспорт можно забрать в МВД.");
        var withModel = new ScriptCallJudge(Script, new FixedClassifier(Topics.ApplicationStatus, Resolutions.Resolved),
            disclosure: MlDisclosureClassifier.Load(new ScoringOptions().ModelsDir));

        foreach (var judgement in new[] { Judge(transcript, Topics.ApplicationStatus), withModel.Judge(Call(), transcript, TranscriptSource.Transcript, new SpeedMetrics()) })
        {
            Assert.AreEqual(8.5, judgement.Violations.Single(v => v.Rule == ViolationRules.PdBeforeIdentification).Start);
            Assert.AreEqual(Verdicts.Fail, judgement.Verdict);
            Assert.AreEqual(16.5, judgement.Stage(StageIds.Identification).Start);
        }
    }

    /// <summary>The owners' rules forbid acting on the caller's behalf before identification as they forbid a
    /// disclosure: «я сняла блокировку… и сбросила пароль» to an unidentified caller fails the call; the same after
    /// identification, or words that say the operator cannot or that tell the caller what to do, raise nothing.</summary>
    [TestMethod]
    [DataRow("о: Хорошо, я сняла блокировку с учётной записи и сбросила пароль, ссылка уже отправлена.", true)]
    [DataRow("о: Секунду... Всё, снимаю блокировку, можете входить.", true)]
    [DataRow("о: Без идентификации я не могу снять блокировку. Назовите, пожалуйста, ФИО и дату рождения.", false)]
    [DataRow("о: Сбросить пароль можно самостоятельно: на странице входа нажмите «Восстановить».", false)]
    [DataRow("о: Если хотите, я сброшу пароль, но сначала назовите ФИО и дату рождения.", false)]
    public void Judge_FailsCall_WhenOperatorActsOnCallersBehalfBeforeIdentification(string line, bool acts)
    {
        var judgement = Judge(Dialogue(
            "о: Госуслуги, оператор Анна, здравствуйте! Чем могу помочь?",
            "к: Здравствуйте, у меня заблокирована учётная запись, не могу войти.",
            line,
            "к: Спасибо."), Topics.AccountAccess);

        var action = judgement.Violations.Where(v => v.Rule == ViolationRules.ActionBeforeIdentification).ToList();
        Assert.AreEqual(acts, action.Count == 1, line);
        if (acts)
        {
            Assert.IsTrue(action.Single().Critical);
            Assert.AreEqual(Verdicts.Fail, judgement.Verdict);
        }
    }

    [TestMethod]
    public void Judge_RaisesNoActionViolation_WhenOperatorActsAfterIdentification()
    {
        var judgement = Judge(Dialogue(
            "о: Госуслуги, оператор Анна, здравствуйте! Чем могу помочь?",
            "к: Здравствуйте, у меня заблокирована учётная запись.",
            "о: Назовите, пожалуйста, фамилию, имя, отчество и дату рождения.",
            "к: Петрова Анна Сергеевна, двенадцатое марта восемьдесят пятого года.",
            "о: Спасибо, данные совпадают. Я сняла блокировку и сбросила пароль, ссылка придёт на почту.",
            "к: Спасибо."), Topics.AccountAccess);

        Assert.IsEmpty(judgement.Violations);
    }

    [TestMethod]
    public void Judge_RaisesNoDisclosure_WhenDataReadAfterIdentification()
    {
        var judgement = Judge(Dialogue(CleanCall), Topics.ApplicationStatus);

        Assert.DoesNotContain(ViolationRules.PdBeforeIdentification, judgement.Violations.Select(v => v.Rule).ToList());
    }

    [TestMethod]
    public void Judge_FlagsDisclosure_WhenOnlyNameWasAsked()
    {
        // A name alone identifies no one: the linked phone must wait for the birth date or passport.
        var judgement = Judge(Dialogue(
            "о: Добрый день, Госуслуги, Антон.",
            "к: Мне не приходит код для входа.",
            "о: Назовите ФИО.",
            "к: Тихонова Елена Павловна.",
            "о: Так, вижу, у вас привязан номер плюс семь девятьсот шестнадцать сто двадцать сорок пять тринадцать. Он у вас сейчас?",
            "к: Да.",
            "о: Для подтверждения личности назовите дату рождения и серию, номер паспорта.",
            "к: Двадцать девятое сентября восемьдесят первого, паспорт сорок шесть ноль пять семьсот восемьдесят один триста двадцать два."));

        Assert.AreEqual(16.5, judgement.Violations.Single(v => v.Rule == ViolationRules.PdBeforeIdentification).Start);
    }

    [TestMethod]
    public void Judge_DoesNotRequireIdentification_WhenGeneralQuestion()
    {
        var judgement = Judge(Dialogue(
            "о: Добрый день, Госуслуги, Сергей.",
            "к: Какие документы нужны для замены паспорта в двадцать лет?",
            "о: Подскажите, вы меняли фамилию?",
            "к: Нет.",
            "о: Тогда понадобятся действующий паспорт и фотография, госпошлину можно оплатить на портале со скидкой, срок рассмотрения до десяти рабочих дней.",
            "о: Остались вопросы? Всего доброго."), Topics.Documents);

        var identification = judgement.Stage(StageIds.Identification);
        Assert.IsFalse(identification.Done);
        Assert.IsFalse(identification.Required);
        Assert.IsEmpty(judgement.Violations);
    }

    [TestMethod]
    public void Judge_DoesNotCountIdentification_WhenCallerRefuses()
    {
        var judgement = Judge(Dialogue(
            "о: Здравствуйте, Светлана, слушаю вас.",
            "к: Не могу войти, код приходит на старый номер.",
            "о: Назовите, пожалуйста, фамилию, имя, отчество и серию и номер паспорта.",
            "к: Нет, паспорт по телефону я не буду говорить, кругом мошенники.",
            "о: Понимаю. Без этих данных я не смогу посмотреть учётную запись."), Topics.AccountAccess, Resolutions.Unresolved);

        var identification = judgement.Stage(StageIds.Identification);
        Assert.IsFalse(identification.Done);
        Assert.IsTrue(identification.Required);
    }

    [TestMethod]
    [DataRow("о: Слушайте, у меня таких как вы сто человек за день, не отнимайте у меня время.", true)]
    [DataRow("о: Ой, ну это ваши личные трудности, с бывшим мужем договаривайтесь сами.", true)]
    [DataRow("о: Я не знаю точной даты выплаты, но сейчас уточню у коллег и перезвоню вам.", false)]
    [DataRow("о: Это вопрос к налоговой, давайте я дам их номер и подскажу, что им сказать.", false)]
    public void Judge_FlagsDismissiveTurn_WhenShippedModelSeesItBeyondTheList(string line, bool dismissive)
    {
        var judge = new ScriptCallJudge(Script, new FixedClassifier(Topics.Other, Resolutions.Resolved),
            MlDismissalClassifier.Load(new ScoringOptions().ModelsDir));

        var judgement = judge.Judge(Call(), Dialogue("к: А мне что делать?", line), TranscriptSource.Transcript, new SpeedMetrics());

        Assert.AreEqual(dismissive, judgement.Violations.Any(v => v.Rule == ViolationRules.ForbiddenPhrase));
    }

    /// <summary>The shipped disclosure model overrules the count of the cues' evidence both ways: an explanation of
    /// where a status is shown is no disclosure, a bare «готов» to «мой паспорт готов?» is one.</summary>
    [TestMethod]
    [DataRow("к: Как узнать статус заявления?", "о: Статус заявления видно в личном кабинете, смотрите раздел «Заявления».", true, false)]
    [DataRow("к: Что с моим заявлением?", "о: Так, вижу по вашему номеру: заявление на пособие одобрено, выплата придёт двенадцатого.", true, true)]
    [DataRow("к: Мой паспорт готов?", "о: Да, готов, можно забирать.", false, true)]
    public void Judge_WeighsDisclosureCuesWithShippedModel_WhenTurnPrecedesIdentification(string question, string answer, bool byCuesAlone, bool discloses)
    {
        var transcript = Dialogue("о: Госуслуги, оператор Анна, здравствуйте.", question, answer);
        var judge = new ScriptCallJudge(Script, new FixedClassifier(Topics.Other, Resolutions.Resolved),
            disclosure: MlDisclosureClassifier.Load(new ScoringOptions().ModelsDir));

        var judgement = judge.Judge(Call(), transcript, TranscriptSource.Transcript, new SpeedMetrics());

        Assert.AreEqual(byCuesAlone, Judge(transcript).Violations.Any(v => v.Rule == ViolationRules.PdBeforeIdentification), "cues alone");
        Assert.AreEqual(discloses, judgement.Violations.Any(v => v.Rule == ViolationRules.PdBeforeIdentification));
    }

    [TestMethod]
    public void Judge_CompletesIdentification_WhenCallerAnswersAllButRefusedFactor()
    {
        var judgement = Judge(Dialogue(
            "о: Добрый день, Госуслуги, оператор Илья.",
            "к: Я подал на возврат переплаты по налогу, хочу понять, что с ним.",
            "о: Понял вас. Назовите ФИО, дату рождения и ИНН.",
            "к: Лазарев Семён Петрович, девятое сентября пятьдесят восьмого. ИНН не помню, не скажу.",
            "о: Спасибо. Вижу ваше заявление о возврате переплаты, статус «Отправлено в ведомство», сумма восемь тысяч четыреста рублей."),
            Topics.ApplicationStatus);

        Assert.IsTrue(judgement.Stage(StageIds.Identification).Done);
        Assert.IsEmpty(judgement.Violations);
    }

    [TestMethod]
    public void Judge_CompletesIdentification_WhenFactorsNamedLooselyAndAnswered()
    {
        // «Давайте посмотрю, ФИО и дата рождения» is a long turn without a request word, yet plainly a request.
        var judgement = Judge(Dialogue(
            "о: Госуслуги, здравствуйте, оператор Алевтина.",
            "к: Мне вернули заявление на загранпаспорт, пишут, что фото не подходит.",
            "о: Поняла, заявление возвращено из-за фотографии, давайте посмотрю, фамилия имя отчество и дата рождения?",
            "к: Пахомова Елизавета Андреевна, тридцатое ноября девяносто восьмого.",
            "о: Спасибо, Елизавета Андреевна. Вижу ваше заявление, причина возврата: фото не соответствует требованиям к фону."),
            Topics.ApplicationStatus);

        Assert.IsTrue(judgement.Stage(StageIds.Identification).Done);
        Assert.IsEmpty(judgement.Violations);
    }

    [TestMethod]
    public void Judge_FlagsDisclosure_WhenOwnApplicationStatusToldBeforeIdentification()
    {
        var judgement = Judge(Dialogue(
            "о: Госуслуги, Полина, здравствуйте.",
            "к: Я подавала на выплату на школьную форму, что там?",
            "о: У вас заявление на выплату одобрено двадцатого числа.",
            "к: Ой, хорошо.",
            "о: Для подтверждения личности назовите фамилию, имя, отчество и дату рождения."),
            Topics.ApplicationStatus);

        Assert.AreEqual(ViolationRules.PdBeforeIdentification, judgement.Violations.Single().Rule);
    }

    [TestMethod]
    public void Judge_RaisesNoDisclosure_WhenRuleExplainedConditionally()
    {
        var judgement = Judge(Dialogue(
            "о: Госуслуги, Полина, здравствуйте.",
            "к: А что будет, если я не приду в назначенный день?",
            "о: Тогда ваше заявление отклонят, и придётся подавать заново, а выбранная дата освободится."),
            Topics.Deadlines);

        Assert.IsEmpty(judgement.Violations);
    }

    [TestMethod]
    [DataRow("о: да не знаю я их телефон ищите в интернете")]
    [DataRow("о: ну это вообще не к нам мы порталом занимаемся")]
    [DataRow("о: я же вам уже сказала выбирайте регион")]
    [DataRow("о: ничем помочь вам не могу девушка")]
    [DataRow("о: ну сами виноваты надо было номер менять вовремя")]
    [DataRow("о: ждите")]
    [DataRow("о: ну а я то тут при чем вы платили где то на стороне вот и разбирайтесь со своим банком")]
    [DataRow("о: девушка я вам не справочное бюро читайте на сайте")]
    [DataRow("о: мужчина у меня очередь не задерживайте линию")]
    [DataRow("о: у всех все работает значит проблема у вас")]
    public void Judge_FindsForbiddenPhrase_WhenAsrTextInflectedOrReordered(string line)
    {
        var judgement = Judge(Dialogue("о: здравствуйте госуслуги", "к: у меня вопрос", line, "к: понятно"));

        var violation = judgement.Violations.Single(v => v.Rule == ViolationRules.ForbiddenPhrase);
        Assert.AreEqual(8.5, violation.Start);
        Assert.IsFalse(violation.Critical);
    }

    [TestMethod]
    [DataRow("о: не знаю точно, сейчас уточню у коллег и скажу")]
    [DataRow("о: ждите ответа на почту в течение пяти рабочих дней, номер обращения у вас есть")]
    [DataRow("к: я не знаю, что мне делать, ничем не могу себе помочь")]
    [DataRow("о: я не знаю, что именно там показывали, но могу точно сказать: такой выплаты не объявлено")]
    [DataRow("о: это не у вас проблема, у всех сейчас регламентные работы, давайте проверим вечером")]
    [DataRow("о: да, на всякий случай позвоните в свой банк по номеру с карты")]
    public void Judge_RaisesNoForbiddenPhrase_WhenWordingIsHarmless(string line)
    {
        var judgement = Judge(Dialogue("о: здравствуйте госуслуги", "к: у меня вопрос", line, "к: понятно"));

        Assert.IsEmpty(judgement.Violations);
    }

    [TestMethod]
    public void Judge_FindsStages_WhenTextIsAsrLike()
    {
        // Lower case, no punctuation, misheard letters, a dropped word.
        var judgement = Judge(Dialogue(
            "о: здраствуйте контактный центр гасуслуг оператор анна",
            "к: да здрасте я хотела узнать что с заявлением",
            "о: для идентификацыи назавите пожалуйста фамилию имя отчества и дату рожденья",
            "к: петрова мария ивановна пятое марта восемьдесят седьмого",
            "о: спасиба данные совпадают уточните заявление подавали через портал",
            "к: да через портал",
            "о: вижу заявление статус на рассмотрении срок рассмотрения десять рабочих дней решение придет в личный кабинет",
            "к: понятно",
            "о: могу еще чем то помочь",
            "к: нет",
            "о: всего доброго до свиданья"), Topics.ApplicationStatus);

        foreach (var stage in judgement.Stages)
        {
            Assert.IsTrue(stage.Done, stage.Id);
        }
    }

    /// <summary>Greetings as recognisers write them: spoken short forms, a letter lost in a short word, two words run
    /// together.</summary>
    [TestMethod]
    [DataRow("о: здрасте госуслуги оператор ирма")]
    [DataRow("о: гос услуги оператор назар здрасьте")]
    [DataRow("о: гос услуги оператор лилиана драсте")]
    [DataRow("о: добрый ден госуслуги оператор семен слушаю")]
    [DataRow("о: добрый днь оператор игорь николаевич")]
    [DataRow("о: добрыйдень вениамин")]
    [DataRow("о: доброеутро горячая линия госуслуг")]
    public void Judge_FindsGreeting_WhenRecogniserShortenedOrGluedIt(string line)
    {
        var judgement = Judge(Dialogue(line, "к: у меня вопрос по заявлению", "о: слушаю вас"));

        Assert.IsTrue(judgement.Stage(StageIds.Greeting).Done, line);
    }

    [TestMethod]
    [DataRow("о: госуслуги оператор ирма слушаю")]
    [DataRow("о: будьте добры назовите фамилию")]
    public void Judge_FindsNoGreeting_WhenOperatorDidNotGreet(string line)
    {
        var judgement = Judge(Dialogue(line, "к: у меня вопрос по заявлению", "о: слушаю вас"));

        Assert.IsFalse(judgement.Stage(StageIds.Greeting).Done, line);
    }

    /// <summary>An answer that names documents in one sentence and has a word of the identification request list in
    /// another («вашу», «ваш») is still an answer; a turn whose every sentence asks for the data is not.</summary>
    [TestMethod]
    [DataRow("о: Отлично. Тогда регистрируетесь на сайте: имя, фамилия, телефон или почта. Потом в профиле вводите паспорт и СНИЛС, ждёте проверку. А подтвердить вашу учётную запись можно в любом центре обслуживания.", true)]
    [DataRow("о: Тогда приходите в МФЦ с паспортом и СНИЛС. Сотрудник сам зарегистрирует учётную запись на ваш номер и сразу её подтвердит, это бесплатно.", true)]
    [DataRow("о: Для проверки назовите, пожалуйста, ваши фамилию, имя, отчество и дату рождения. И номер СНИЛС, он нужен, чтобы найти ваше заявление в системе.", false)]
    public void Judge_FindsSolution_WhenAnswerNamesDocuments(string line, bool expected)
    {
        var judgement = Judge(Dialogue("о: Здравствуйте, Госуслуги, Анна.", "к: Как мне зарегистрироваться?", line, "к: Понятно, спасибо."));

        Assert.AreEqual(expected, judgement.Stage(StageIds.Solution).Done, line);
    }

    /// <summary>A one-word confirmation counts as itself or misheard («подтверждено», «потверждено»), not as another word
    /// of its stem in talk about confirming («подтверждение проходит сразу»).</summary>
    [TestMethod]
    [DataRow("о: Спасибо, подтверждено.", true)]
    [DataRow("о: спасибо потверждено", true)]
    [DataRow("о: Через банк подтверждение проходит сразу, ищите раздел «Госуслуги» в приложении банка.", false)]
    public void Judge_CompletesIdentification_OnlyWhenOperatorConfirms(string line, bool expected)
    {
        var judgement = Judge(Dialogue(
            "о: Здравствуйте, Госуслуги, Анна.",
            "к: Хочу подтвердить учётную запись.",
            "о: Назовите кодовое слово.",
            "к: Ромашка.",
            line,
            "к: Хорошо."));

        Assert.AreEqual(expected, judgement.Stage(StageIds.Identification).Done, line);
    }

    /// <summary>A longer confirmation has its long words said in that form: «личность подтверждена» confirms, also in an
    /// excerpt that begins after the request; «подтвердить личность … должна сама» only talks about confirming.</summary>
    [TestMethod]
    [DataRow("о: Спасибо, личность подтверждена, вижу ваше заявление.", true)]
    [DataRow("о: спасибо личность подтвержденна", true)]
    [DataRow("о: Создать её можно, но подтвердить личность мама должна сама: лично с паспортом в МФЦ.", false)]
    [DataRow("о: Тогда придётся регистрироваться заново и снова подтверждать личность.", false)]
    public void Judge_CompletesIdentification_OnlyOnConfirmationSaidInItsForm(string line, bool expected)
    {
        var judgement = Judge(Dialogue(
            "к: Соловьёва, да.",
            line,
            "к: Понятно, спасибо."));

        Assert.AreEqual(expected, judgement.Stage(StageIds.Identification).Done, line);
    }

    /// <summary>«Мне нужно подтвердить её личность» asks in no request's words, but the data it calls for, given in the
    /// next answer, completes identification.</summary>
    [TestMethod]
    public void Judge_CompletesIdentification_WhenAnswerFollowsTalkOfConfirmingIdentity()
    {
        var judgement = Judge(Dialogue(
            "о: Контактный центр Госуслуг, Тихон, здравствуйте.",
            "к: Жена подавала на выплату, она рядом. Одобрили?",
            "о: Заявителем указана супруга? Тогда мне нужно поговорить с ней и подтвердить её личность.",
            "к: Здравствуйте. Соловьёва Елена Михайловна, двенадцатое декабря девяностого года.",
            "о: Спасибо, Елена Михайловна. Заявление одобрено, выплата перечислена вчера.",
            "к: Спасибо."));

        Assert.IsTrue(judgement.Stage(StageIds.Identification).Done);
        Assert.IsEmpty(judgement.Violations);
    }

    [TestMethod]
    public void Judge_JudgesOperatorPartsSeparately_WhenCallTransferred()
    {
        // The first operator greets and identifies, the senior specialist solves and closes the call.
        var judgement = Judge(Dialogue(
            "о: Здравствуйте, Госуслуги, Дмитрий.",
            "к: У меня учётку заблокировали.",
            "о: Назовите фамилию, имя, отчество и дату рождения.",
            "к: Гончаров Вадим Алексеевич, двадцать первое ноября восемьдесят пятого.",
            "о: Спасибо, данные совпадают. Перевожу вас на старшего специалиста, не кладите трубку.",
            "о[senior-2]: Добрый день, старший специалист Елена Сергеевна. Вижу, у вас блокировка системой безопасности, последний вход был вчера.",
            "к: Да, это я заходил.",
            "о[senior-2]: Снимаю блокировку. Вам нужно сменить пароль в разделе безопасность, ссылка придёт на почту, это займёт пару минут.",
            "о[senior-2]: Есть ещё вопросы? Всего доброго, до свидания."), Topics.AccountAccess);

        // Identification done by the first operator carries over: the senior's look-up is no violation.
        Assert.IsEmpty(judgement.Violations);
        Assert.AreEqual(0.5, judgement.Stage(StageIds.Greeting).Start);
        Assert.AreEqual(32.5, judgement.Stage(StageIds.FurtherHelp).Start);
        Assert.IsTrue(judgement.Stage(StageIds.Farewell).Done);
    }

    [TestMethod]
    public void Judge_DoesNotCreditSeniorGreeting_WhenFirstOperatorDidNotGreet()
    {
        var judgement = Judge(Dialogue(
            "о: Да, слушаю.",
            "к: У меня вопрос по пенсии.",
            "о: Перевожу вас на старшего специалиста.",
            "о[senior-2]: Здравствуйте, старший специалист Ирина, слушаю вас."), resolution: Resolutions.Transferred);

        Assert.IsFalse(judgement.Stage(StageIds.Greeting).Done);
    }

    [TestMethod]
    public void Judge_DoesNotRequireClosingStages_WhenCallTransferredAway()
    {
        var judgement = Judge(Dialogue(
            "о: Здравствуйте, Госуслуги, Лилия.",
            "к: Хочу пожаловаться на МФЦ.",
            "о: Соединяю вас со службой качества, оставайтесь на линии."), resolution: Resolutions.Transferred);

        Assert.IsFalse(judgement.Stage(StageIds.Farewell).Required);
        Assert.IsFalse(judgement.Stage(StageIds.FurtherHelp).Required);
    }

    [TestMethod]
    public void Judge_ReportsAllStagesNotDone_WhenTranscriptEmpty()
    {
        var judgement = Judge(new Models.Calls.Transcript("c-1", "ru", []));

        Assert.HasCount(StageIds.All.Count, judgement.Stages);
        Assert.IsTrue(judgement.Stages.All(s => !s.Done && s.Quote is null && s.Start is null));
    }
}
