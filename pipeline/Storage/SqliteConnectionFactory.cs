using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace QualityAnalytics.Pipeline.Storage;

/// <summary>The embedded database: one file, write-ahead logging so readers never block the nightly writer.</summary>
public sealed class SqliteConnectionFactory(string connectionString) : IDbConnectionFactory
{
    public SqlDialect Dialect => SqlDialect.Sqlite;

    public static SqliteConnectionFactory ForFile(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var builder = new SqliteConnectionStringBuilder { DataSource = path, Pooling = true, DefaultTimeout = 60 };
        return new SqliteConnectionFactory(builder.ToString());
    }

    public string ConnectionString => connectionString;

    public async Task<DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var pragma = connection.CreateCommand();
        // WAL persists in the file; busy_timeout lets several servers share one file without "database is locked".
        pragma.CommandText = "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=60000;";
        await pragma.ExecuteNonQueryAsync(cancellationToken);
        return connection;
    }
}
