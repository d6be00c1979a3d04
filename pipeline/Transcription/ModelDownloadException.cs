namespace QualityAnalytics.Pipeline.Transcription;

/// <summary>A model could not be downloaded; the message says why and what to do instead.</summary>
public sealed class ModelDownloadException(string message, Exception? inner = null) : Exception(message, inner);
