namespace QualityAnalytics.Pipeline.Scoring.Script;

public sealed class ScriptStage
{
    /// <summary>One of the contract's stage ids.</summary>
    public string Id { get; set; } = "";
    public string Description { get; set; } = "";

    /// <summary>Share of the adherence score; weights are normalised over the stages a call requires.</summary>
    public double Weight { get; set; }

    /// <summary><c>always</c>, <c>when_personal_data</c> or <c>unless_transferred</c>.</summary>
    public string Required { get; set; } = StageRequirements.Always;

    /// <summary>Where in an operator's part the stage must happen; null means anywhere.</summary>
    public StageWindow? Window { get; set; }

    public List<string> Phrases { get; set; } = [];

    /// <summary>Need clarification only: words that make a turn a question wherever they stand.</summary>
    public List<string> QuestionWords { get; set; } = [];

    /// <summary>Need clarification only: words that make a turn a question among its first words.</summary>
    public List<string> QuestionOpeners { get; set; } = [];

    /// <summary>Need clarification only: questions that are not about the caller's need.</summary>
    public List<string> NotQuestions { get; set; } = [];

    /// <summary>need_clarification: words that make a short question naming an identification factor ask about the
    /// caller's document («У вас есть СНИЛС?», «Вы паспорт уже внесли в профиль?»), not for its number; matched exactly.</summary>
    public List<string> DocumentQuestionWords { get; set; } = [];

    /// <summary>need_clarification: words that make such a question a request after all («Назовите СНИЛС, если он есть?»).</summary>
    public List<string> DocumentQuestionUnless { get; set; } = [];

    /// <summary>Solution only: a substantive turn has at least this many words.</summary>
    public int MinWords { get; set; }

    /// <summary>When not empty, the stage counts only in calls with one of these resolutions.</summary>
    public List<string> CountsWhenResolution { get; set; } = [];

    /// <summary>Identification only: factors the caller must answer before identification counts as complete.</summary>
    public int FactorsNeeded { get; set; } = 2;

    /// <summary>Identification only: phrasings of a request for each factor (name, birth_date, passport…).</summary>
    public Dictionary<string, List<string>> Factors { get; set; } = [];

    /// <summary>Identification only: words that make a long turn naming a factor a request.</summary>
    public List<string> RequestWords { get; set; } = [];

    /// <summary>Identification only: words that still ask beside a dictated number, where data is read out.</summary>
    public List<string> AskWords { get; set; } = [];

    /// <summary>Identification only: a turn of at most this many words naming a factor is a request by itself.</summary>
    public int RequestTurnWords { get; set; } = 8;

    /// <summary>Identification only: general requests to identify that name no factor.</summary>
    public List<string> Requests { get; set; } = [];

    /// <summary>Identification only: the operator confirms the match.</summary>
    public List<string> Confirmations { get; set; } = [];

    /// <summary>Identification only: the caller refuses or cannot answer.</summary>
    public List<string> Refusals { get; set; } = [];
}
