using System.Globalization;
using System.Text.RegularExpressions;
using QualityAnalytics.Models.Calls;

namespace QualityAnalytics.Pipeline.Ingest;

/// <summary>Turns one calls.csv row into a <see cref="CallRecord"/> or a reason to quarantine it.</summary>
public sealed partial class CallRowValidator(InputFolder input)
{
    private readonly Dictionary<string, int> seenCallIds = new(StringComparer.Ordinal);

    public sealed record Outcome(CallRecord? Call, Rejection? Rejection);

    public Outcome Validate(IReadOnlyDictionary<string, string> row, int rowNumber, string rawRow)
    {
        var callId = row.GetValueOrDefault(CallsCsvColumns.CallId, "");
        if (callId.Length == 0 || !SafeCallId().IsMatch(callId))
        {
            return Reject($"row-{rowNumber}", "bad_call_id",
                callId.Length == 0 ? "call_id is empty." : $"call_id '{callId}' has characters other than letters, digits, '.', '_' and '-'.");
        }

        if (seenCallIds.TryGetValue(callId, out var firstRow))
        {
            return Reject($"{callId}.row-{rowNumber}", "duplicate_call_id", $"call_id {callId} already appears in row {firstRow}; the first row is kept.");
        }

        seenCallIds[callId] = rowNumber;
        var files = new List<string> { input.TranscriptPath(callId) };

        var startedAtText = row.GetValueOrDefault(CallsCsvColumns.StartedAt, "");
        if (!TryParseStartedAt(startedAtText, out var startedAt))
        {
            return Reject(callId, "bad_started_at", $"started_at '{startedAtText}' is not ISO-8601 with an offset (e.g. 2026-11-24T09:15:00+03:00).", files);
        }

        var operatorId = row.GetValueOrDefault(CallsCsvColumns.OperatorId, "");
        if (operatorId.Length == 0)
        {
            return Reject(callId, "missing_operator_id", "operator_id is empty.", files);
        }

        var recording = Optional(row, CallsCsvColumns.Recording);
        if (recording is not null)
        {
            var resolved = input.ResolveInside(recording);
            if (resolved is null)
            {
                return Reject(callId, "recording_outside_input", $"recording '{recording}' points outside the input folder.", files);
            }

            files.Add(resolved);
        }

        if (!TryParseSeconds(row, CallsCsvColumns.QueueWaitS, out var queueWait))
        {
            return Reject(callId, "bad_queue_wait_s", $"queue_wait_s '{row[CallsCsvColumns.QueueWaitS]}' is not a non-negative number of seconds.", files);
        }

        if (!TryParseSeconds(row, CallsCsvColumns.HoldS, out var hold))
        {
            return Reject(callId, "bad_hold_s", $"hold_s '{row[CallsCsvColumns.HoldS]}' is not a non-negative number of seconds.", files);
        }

        ChannelLayout? layout = null;
        var layoutText = Optional(row, CallsCsvColumns.ChannelLayout);
        if (layoutText is not null)
        {
            if (!ChannelLayoutNames.TryParse(layoutText, out var parsed))
            {
                return Reject(callId, "unknown_channel_layout", $"channel_layout '{layoutText}' is not one of mono, stereo_operator_left, stereo_operator_right.", files);
            }

            layout = parsed;
        }

        return new Outcome(new CallRecord
        {
            CallId = callId,
            StartedAt = startedAt,
            OperatorId = operatorId,
            OperatorName = Optional(row, CallsCsvColumns.OperatorName),
            Team = Optional(row, CallsCsvColumns.Team),
            CallerId = Optional(row, CallsCsvColumns.CallerId),
            ServiceCategory = Optional(row, CallsCsvColumns.ServiceCategory),
            Recording = recording,
            QueueWaitS = queueWait,
            HoldS = hold,
            ChannelLayout = layout,
        }, null);

        Outcome Reject(string item, string code, string detail, IReadOnlyList<string>? evidence = null) =>
            new(null, new Rejection(item, code, detail, evidence ?? [], rawRow));
    }

    public static bool TryParseStartedAt(string text, out DateTimeOffset value)
    {
        value = default;
        return IsoWithOffset().IsMatch(text)
            && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out value);
    }

    private static bool TryParseSeconds(IReadOnlyDictionary<string, string> row, string column, out double? seconds)
    {
        seconds = null;
        var text = Optional(row, column);
        if (text is null)
        {
            return true;
        }

        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value) && value >= 0)
        {
            seconds = value;
            return true;
        }

        return false;
    }

    private static string? Optional(IReadOnlyDictionary<string, string> row, string column) =>
        row.TryGetValue(column, out var value) && value.Length > 0 ? value : null;

    // Ids become file names (transcripts/<call_id>.json, quarantine folders): no separators, no "..".
    [GeneratedRegex(@"^(?!\.\.?$)[\p{L}\p{Nd}._-]{1,128}$")]
    private static partial Regex SafeCallId();

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d{1,7})?)?(Z|[+-]\d{2}:?\d{2})$")]
    private static partial Regex IsoWithOffset();
}
