namespace QualityAnalytics.Pipeline.Ingest;

/// <summary>One input item (a row, a transcript, a recording) cannot be used; the batch quarantines it and goes on.</summary>
/// <param name="reasonCode">Short stable code for the summary and the reason file, e.g. <c>bad_started_at</c>.</param>
public sealed class InputRejectedException(string reasonCode, string message, Exception? inner = null)
    : Exception(message, inner)
{
    public string ReasonCode { get; } = reasonCode;
}
