using System.Data.Common;
using Microsoft.Data.SqlClient;

namespace QualityAnalytics.Pipeline.Storage;

public sealed class SqlServerConnectionFactory(string connectionString) : IDbConnectionFactory
{
    public SqlDialect Dialect => SqlDialect.SqlServer;

    public string ConnectionString => connectionString;

    public async Task<DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        return connection;
    }
}
