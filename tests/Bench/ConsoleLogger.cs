using Microsoft.Extensions.Logging;

namespace QualityAnalytics.Bench;

/// <summary>Prints the measured code's own information messages (phase timings) under the bench output.</summary>
internal sealed class ConsoleLogger<T> : ILogger<T>
{
    public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Information;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        if (IsEnabled(logLevel))
        {
            Console.WriteLine($"  [{typeof(T).Name}] {formatter(state, exception)}");
        }
    }
}
