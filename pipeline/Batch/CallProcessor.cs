using QualityAnalytics.Models.Calls;
using QualityAnalytics.Pipeline.Audio;
using QualityAnalytics.Pipeline.Audio.Decoding;
using QualityAnalytics.Pipeline.Ingest;
using QualityAnalytics.Pipeline.Scoring;
using QualityAnalytics.Pipeline.Speed;

namespace QualityAnalytics.Pipeline.Batch;

/// <summary>One call from input files to a judgement: transcript or audio, speed metrics, script judgement.</summary>
/// <remarks>The same code runs inline (<c>qa run</c>) and inside a per-call Hangfire job.</remarks>
public sealed class CallProcessor(ICallJudge judge, ICallAudioAnalyzer? audio = null, IRecordingDurationProbe? durationProbe = null)
{
    public async Task<CallOutcome> ProcessAsync(InputFolder input, CallRecord call, CancellationToken cancellationToken)
    {
        try
        {
            return await ProcessOrThrowAsync(input, call, cancellationToken);
        }
        catch (InputRejectedException e)
        {
            return CallOutcome.Of(new Rejection(call.CallId, e.ReasonCode, e.Message, EvidenceFiles(input, call)));
        }
    }

    private async Task<CallOutcome> ProcessOrThrowAsync(InputFolder input, CallRecord call, CancellationToken ct)
    {
        var notes = new List<string>();
        var quarantinedFiles = new List<Rejection>();
        var transcriptPath = input.TranscriptPath(call.CallId);
        var recordingPath = call.Recording is null ? null : input.ResolveInside(call.Recording);
        var hasRecording = recordingPath is not null && File.Exists(recordingPath);

        Transcript transcript;
        TranscriptSource source;
        double? durationS = null;
        var roleConfidence = 1.0;

        if (File.Exists(transcriptPath))
        {
            transcript = TranscriptReader.Read(transcriptPath, call.CallId);
            source = TranscriptSource.Transcript;
            if (hasRecording && durationProbe is not null)
            {
                durationS = await ProbeDurationAsync(call, recordingPath!, notes, quarantinedFiles, ct);
            }
            else if (call.Recording is not null && !hasRecording)
            {
                // An empty recording column is allowed with a transcript; a named file that is not there is a bad input.
                notes.Add($"запись не найдена ({AudioRejections.MissingCode}), длительность звонка взята по транскрипту");
                quarantinedFiles.Add(RecordingRejection(call, recordingPath, AudioRejections.MissingCode,
                    $"файл {call.Recording} не найден во входной папке"));
            }
        }
        else if (call.Recording is null)
        {
            throw new InputRejectedException("no_transcript_or_recording", "The call has neither a recording nor a transcript.");
        }
        else if (!hasRecording)
        {
            throw new InputRejectedException("missing_recording", $"Recording {call.Recording} does not exist and there is no transcript.");
        }
        else if (audio is null)
        {
            throw new InputRejectedException("audio_not_supported", "Audio analysis is not available in this build; supply a transcript.");
        }
        else
        {
            var analysed = await audio.AnalyzeAsync(call, recordingPath!, ct);
            transcript = new Transcript(call.CallId, "ru", analysed.Speech.OrderBy(s => s.Start).ToList());
            source = analysed.Source;
            durationS = analysed.DurationS;
            roleConfidence = analysed.RoleConfidence;
            notes.AddRange(analysed.Notes);
        }

        var speed = SpeedCalculator.Compute(transcript.Segments, durationS, call.QueueWaitS, call.HoldS);
        var judgement = judge.Judge(call, transcript, source, speed);
        return CallOutcome.Of(new ScoredCall(call, source, transcript.Segments, roleConfidence, judgement), notes, quarantinedFiles);
    }

    // A transcript is enough to judge the call; a recording we cannot read only costs the exact handle time.
    // The recording itself is still a bad file: it goes to quarantine with its reason, beside the scored call.
    private async Task<double?> ProbeDurationAsync(
        CallRecord call, string path, List<string> notes, List<Rejection> quarantinedFiles, CancellationToken ct)
    {
        try
        {
            return await durationProbe!.DurationSecondsAsync(path, ct);
        }
        catch (InputRejectedException e)
        {
            notes.Add($"запись не прочитана ({e.ReasonCode}), длительность звонка взята по транскрипту");
            quarantinedFiles.Add(RecordingRejection(call, path, e.ReasonCode, e.Message));
            return null;
        }
    }

    private static Rejection RecordingRejection(CallRecord call, string? path, string reasonCode, string problem) =>
        new(Rejection.RecordingItem(call.CallId), reasonCode,
            $"Запись {call.Recording} звонка {call.CallId} не использована: {problem.TrimEnd('.')}. Звонок оценён по транскрипту.",
            path is null ? [] : [path], CallId: call.CallId);

    private static IReadOnlyList<string> EvidenceFiles(InputFolder input, CallRecord call)
    {
        var files = new List<string> { input.TranscriptPath(call.CallId) };
        if (call.Recording is not null && input.ResolveInside(call.Recording) is { } recording)
        {
            files.Add(recording);
        }

        return files;
    }
}
