namespace QualityAnalytics.Models.Judgement;

/// <summary>The contract's closed vocabulary of call topics.</summary>
public static class Topics
{
    public const string ApplicationStatus = "application_status";
    public const string ApplicationSubmission = "application_submission";
    public const string Documents = "documents";
    public const string Deadlines = "deadlines";
    public const string Payment = "payment";
    public const string AccountAccess = "account_access";
    public const string Registration = "registration";
    public const string TechnicalIssue = "technical_issue";
    public const string Other = "other";

    public static readonly IReadOnlyList<string> All =
        [ApplicationStatus, ApplicationSubmission, Documents, Deadlines, Payment, AccountAccess, Registration, TechnicalIssue, Other];
}
