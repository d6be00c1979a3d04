using Microsoft.Data.SqlClient;
using QualityAnalytics.Pipeline.Storage;
using QualityAnalytics.Pipeline.Tests.Support;

namespace QualityAnalytics.Pipeline.Tests.Storage;

/// <summary>A fresh, migrated database of one dialect for one test.</summary>
public interface IStorageProvider
{
    /// <summary>Null when this provider can run here; otherwise why not (the test is then skipped).</summary>
    string? UnavailableReason { get; }

    IDbConnectionFactory CreateDatabase(TempFolder folder);
}

public sealed class SqliteProvider : IStorageProvider
{
    public string? UnavailableReason => null;

    public IDbConnectionFactory CreateDatabase(TempFolder folder) => SqliteConnectionFactory.ForFile(folder.Combine("qa.db"));
}

/// <summary>Runs against the server in QA_SQLSERVER, in a database created for the test and dropped after.</summary>
public sealed class SqlServerProvider : IStorageProvider
{
    private static readonly string? ConnectionString = Environment.GetEnvironmentVariable("QA_SQLSERVER");

    public string? UnavailableReason =>
        string.IsNullOrWhiteSpace(ConnectionString) ? "QA_SQLSERVER is not set: no SQL Server to test against" : null;

    public IDbConnectionFactory CreateDatabase(TempFolder folder)
    {
        var builder = new SqlConnectionStringBuilder(ConnectionString) { InitialCatalog = "qa_test_" + Guid.NewGuid().ToString("N")[..12] };
        return new SqlServerConnectionFactory(builder.ConnectionString);
    }
}
