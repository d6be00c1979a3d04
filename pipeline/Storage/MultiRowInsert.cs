using System.Data.Common;
using System.Text;
using Microsoft.Data.Sqlite;

namespace QualityAnalytics.Pipeline.Storage;

/// <summary>Inserts many rows fast in each dialect: SQLite runs one prepared statement per row (no parsing, no network);
/// SQL Server gets <c>INSERT … VALUES (…), (…), …</c> so that a chunk costs few round trips.</summary>
/// <remarks>Rows per SQL Server statement stay under its limits: 1,000 row constructors and 2,100 parameters.</remarks>
internal static class MultiRowInsert
{
    private const int MaxParameters = 2000;
    private const int MaxRows = 1000;

    public static async Task ExecuteAsync(
        DbConnection connection, DbTransaction transaction, string table, IReadOnlyList<string> columns,
        IReadOnlyList<object?[]> rows, CancellationToken cancellationToken)
    {
        if (connection is SqliteConnection)
        {
            await ExecutePreparedAsync(connection, transaction, table, columns, rows, cancellationToken);
            return;
        }

        var rowsPerStatement = Math.Min(MaxRows, MaxParameters / columns.Count);
        for (var start = 0; start < rows.Count; start += rowsPerStatement)
        {
            var count = Math.Min(rowsPerStatement, rows.Count - start);
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            var sql = new StringBuilder($"INSERT INTO {table} ({string.Join(", ", columns)}) VALUES ");
            for (var r = 0; r < count; r++)
            {
                var row = rows[start + r];
                sql.Append(r == 0 ? "(" : ", (");
                for (var c = 0; c < columns.Count; c++)
                {
                    var name = $"@p{r}_{c}";
                    sql.Append(c == 0 ? name : ", " + name);
                    var parameter = command.CreateParameter();
                    parameter.ParameterName = name;
                    parameter.Value = row[c] ?? DBNull.Value;
                    command.Parameters.Add(parameter);
                }

                sql.Append(')');
            }

            command.CommandText = sql.ToString();
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    private static async Task ExecutePreparedAsync(
        DbConnection connection, DbTransaction transaction, string table, IReadOnlyList<string> columns,
        IReadOnlyList<object?[]> rows, CancellationToken cancellationToken)
    {
        if (rows.Count == 0)
        {
            return;
        }

        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"INSERT INTO {table} ({string.Join(", ", columns)}) VALUES ({string.Join(", ", columns.Select((_, i) => "@p" + i))})";
        var parameters = columns.Select((_, i) =>
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = "@p" + i;
            command.Parameters.Add(parameter);
            return parameter;
        }).ToArray();
        await command.PrepareAsync(cancellationToken);
        foreach (var row in rows)
        {
            for (var c = 0; c < parameters.Length; c++)
            {
                parameters[c].Value = row[c] ?? DBNull.Value;
            }

            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }
}
