namespace QualityAnalytics.Pipeline.Ingest;

/// <summary>The input folder as a whole cannot be processed (no calls.csv, a required column missing).</summary>
public sealed class InputUnusableException(string message) : Exception(message);
