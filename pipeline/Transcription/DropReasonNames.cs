namespace QualityAnalytics.Pipeline.Transcription;

/// <summary>Russian wording of <see cref="DropReason"/> for the run summary.</summary>
public static class DropReasonNames
{
    public static string ToRussian(this DropReason reason) => reason switch
    {
        DropReason.NoSpeech => "вероятно тишина",
        DropReason.LowConfidence => "низкая уверенность",
        DropReason.RepetitionLoop => "зацикленный повтор",
        DropReason.OutsideSpeech => "текст вне речи",
        DropReason.KnownHallucination => "типовая галлюцинация",
        _ => reason.ToString(),
    };
}
