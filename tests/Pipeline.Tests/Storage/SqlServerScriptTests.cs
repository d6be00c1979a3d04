using Microsoft.SqlServer.TransactSql.ScriptDom;
using QualityAnalytics.Pipeline.Storage;

namespace QualityAnalytics.Pipeline.Tests.Storage;

/// <summary>There is no SQL Server on the build machines: every T-SQL migration is at least parsed by SQL Server's own parser.</summary>
[TestClass]
public sealed class SqlServerScriptTests
{
    [TestMethod]
    public void SqlServerMigrations_Exist_ForEverySqliteMigration()
    {
        var sqlite = SchemaMigrator.ScriptNames(SqlDialect.Sqlite).Select(Version).ToList();
        var sqlServer = SchemaMigrator.ScriptNames(SqlDialect.SqlServer).Select(Version).ToList();

        Assert.IsNotEmpty(sqlServer);
        Assert.AreSequenceEqual(sqlite, sqlServer, "each schema version exists in both dialects");
    }

    [TestMethod]
    public void SqlServerMigrations_ParseWithoutErrors()
    {
        foreach (var name in SchemaMigrator.ScriptNames(SqlDialect.SqlServer))
        {
            var errors = Parse(SchemaMigrator.ReadScript(name));

            Assert.IsEmpty(errors, $"{name}: {string.Join("; ", errors.Select(e => $"line {e.Line}: {e.Message}"))}");
        }
    }

    [TestMethod]
    public void Parser_ReportsErrors_ForBrokenTSql()
    {
        Assert.IsNotEmpty(Parse("CREATE TABLE dbo.x (id INT NOT NULL PRIMARY KEY,"));
    }

    private static IList<ParseError> Parse(string script)
    {
        var parser = new TSql160Parser(initialQuotedIdentifiers: true);
        using var reader = new StringReader(script);
        parser.Parse(reader, out var errors);
        return errors;
    }

    private static string Version(string resourceName)
    {
        var file = resourceName.Split('.')[^2];
        return file[..file.IndexOf('_', StringComparison.Ordinal)];
    }
}
