using System.Numerics;

namespace QualityAnalytics.Pipeline.Scoring;

/// <summary>The kinds of evidence the script's personal-data cues find in an operator turn.</summary>
[Flags]
public enum DisclosureCues
{
    None = 0,

    /// <summary>The operator looks something up («вижу», «по вашему номеру»).</summary>
    LookUp = 1,

    /// <summary>Contents of a record: an application, a sum, an address, a child.</summary>
    Record = 2,

    /// <summary>The status of the caller's own case («готов», «отказано»), not in a conditional.</summary>
    Status = 4,

    /// <summary>A full name with patronymic after the operator's introduction.</summary>
    FullName = 8,

    /// <summary>A dictated number or an e-mail address.</summary>
    NumberOrEmail = 16,

    /// <summary>The operator refuses or explains the rule («не могу сообщить без подтверждения личности»).</summary>
    Refusal = 32,

    /// <summary>Hint, not evidence: status words with nothing to say whose case it is («Готов, можно забирать»).</summary>
    BareStatus = 64,

    /// <summary>Hint, not evidence: the caller's turn just before spoke of his own case («мой паспорт», «я подавала»).</summary>
    CallerAskedOwnCase = 128,

    /// <summary>The operator broke off what he read out to ask for identification, with an apology («ой, простите,
    /// сначала назовите ФИО»): he caught himself disclosing.</summary>
    CaughtItself = 256,
}

public static class DisclosureCuesExtensions
{
    private const DisclosureCues EvidenceKinds =
        DisclosureCues.LookUp | DisclosureCues.Record | DisclosureCues.Status | DisclosureCues.FullName | DisclosureCues.NumberOrEmail
        | DisclosureCues.CaughtItself;

    /// <summary>How many independent kinds of evidence were found (a refusal is not evidence).</summary>
    public static int Evidence(this DisclosureCues cues) => BitOperations.PopCount((uint)(cues & EvidenceKinds));
}
