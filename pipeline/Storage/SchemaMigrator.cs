using System.Reflection;
using DbUp;
using DbUp.Engine;
using Microsoft.Extensions.Logging;

namespace QualityAnalytics.Pipeline.Storage;

/// <summary>Brings the results database to the newest schema with the embedded, versioned scripts of its dialect.</summary>
public sealed class SchemaMigrator(IDbConnectionFactory factory, ILogger<SchemaMigrator> logger)
{
    private static readonly Assembly ScriptAssembly = typeof(SchemaMigrator).Assembly;

    /// <summary>The embedded resource names of one dialect's scripts, in the order they run.</summary>
    public static IReadOnlyList<string> ScriptNames(SqlDialect dialect) =>
        ScriptAssembly.GetManifestResourceNames()
            .Where(name => IsScriptOf(dialect, name))
            .Order(StringComparer.Ordinal)
            .ToList();

    public static string ReadScript(string resourceName)
    {
        using var stream = ScriptAssembly.GetManifestResourceStream(resourceName)
            ?? throw new InvalidOperationException($"No embedded script {resourceName}.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    public void Migrate()
    {
        var builder = factory switch
        {
            SqliteConnectionFactory sqlite => DeployChanges.To.SqliteDatabase(sqlite.ConnectionString),
            SqlServerConnectionFactory sqlServer => SqlServerTarget(sqlServer.ConnectionString),
            _ => throw new NotSupportedException($"No migrations for {factory.GetType().Name}."),
        };
        var upgrader = builder
            .WithScriptsEmbeddedInAssembly(ScriptAssembly, name => IsScriptOf(factory.Dialect, name))
            .WithTransactionPerScript()
            .LogToNowhere()
            .Build();
        if (!upgrader.IsUpgradeRequired())
        {
            return;
        }

        DatabaseUpgradeResult result = upgrader.PerformUpgrade();
        if (!result.Successful)
        {
            throw new InvalidOperationException(
                $"Database migration failed at {result.ErrorScript?.Name}: {result.Error.Message}", result.Error);
        }

        logger.LogInformation("Database migrated: {Scripts}", string.Join(", ", result.Scripts.Select(s => s.Name)));
    }

    private static DbUp.Builder.UpgradeEngineBuilder SqlServerTarget(string connectionString)
    {
        EnsureDatabase.For.SqlDatabase(connectionString);
        return DeployChanges.To.SqlDatabase(connectionString);
    }

    private static bool IsScriptOf(SqlDialect dialect, string resourceName) =>
        resourceName.Contains($".Storage.Migrations.{dialect}.", StringComparison.Ordinal)
        && resourceName.EndsWith(".sql", StringComparison.Ordinal);
}
