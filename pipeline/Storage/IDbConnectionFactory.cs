using System.Data.Common;

namespace QualityAnalytics.Pipeline.Storage;

/// <summary>Opens connections to the results database of either dialect.</summary>
public interface IDbConnectionFactory
{
    SqlDialect Dialect { get; }

    /// <summary>An open connection; the caller disposes it.</summary>
    Task<DbConnection> OpenAsync(CancellationToken cancellationToken);
}
