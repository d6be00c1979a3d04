using Microsoft.Extensions.Logging.Abstractions;
using QualityAnalytics.Pipeline.Storage;

namespace QualityAnalytics.Tests.Support;

/// <summary>A migrated SQLite file in a temporary folder, deleted with the test.</summary>
internal sealed class TestDatabase : IDisposable
{
    public TestDatabase()
    {
        Directory = Path.Combine(Path.GetTempPath(), "qa-tests-" + Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(Directory);
        Factory = SqliteConnectionFactory.ForFile(Path.Combine(Directory, "qa.db"));
        new SchemaMigrator(Factory, NullLogger<SchemaMigrator>.Instance).Migrate();
    }

    public string Directory { get; }

    public SqliteConnectionFactory Factory { get; }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
            // A reader still holds the file on a slow machine; the temp folder is cleaned by the OS.
        }
    }
}
