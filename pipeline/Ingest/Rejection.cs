namespace QualityAnalytics.Pipeline.Ingest;

/// <summary>An input item that goes to quarantine: a call instead of being scored, or a bad file of a call that was
/// scored all the same (its recording, when the transcript sufficed).</summary>
/// <param name="Item">The call id, or <c>row-N</c> when the row has no usable id, or the file name of a stray file,
/// or <c>&lt;call_id&gt;.recording</c> for the recording of a call that was scored from its transcript.</param>
/// <param name="ReasonCode">Short stable code, counted in the run summary.</param>
/// <param name="Detail">One human-readable sentence.</param>
/// <param name="Files">Input files to copy beside the reason (absolute paths; missing ones are skipped).</param>
/// <param name="RawRow">The calls.csv row as it was, when a row is rejected.</param>
/// <param name="CallId">The call the item belongs to, when the item is one of a call's files rather than the call.</param>
public sealed record Rejection(
    string Item, string ReasonCode, string Detail, IReadOnlyList<string> Files, string? RawRow = null, string? CallId = null)
{
    /// <summary>The quarantine item of a call's recording, beside (not instead of) the call: the call was scored.</summary>
    public static string RecordingItem(string callId) => callId + ".recording";
}
