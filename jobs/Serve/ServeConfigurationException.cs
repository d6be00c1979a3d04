namespace QualityAnalytics.Jobs.Serve;

/// <summary>The server must not start as configured (e.g. an open address without dashboard credentials).</summary>
public sealed class ServeConfigurationException(string message) : Exception(message);
