using Panorama.Data.Database;

namespace Panorama.Web.Demo;

/// <summary>The demo's own SQLite file, started afresh each time so the simulated sites (new ports, same seed) match it.</summary>
internal static class DemoStore
{
    public const string DefaultPath = "./data/demo.db";

    public static DatabaseTarget Fresh()
    {
        var path = Path.GetFullPath(DefaultPath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        foreach (var file in new[] { path, path + "-wal", path + "-shm" })
        {
            File.Delete(file);
        }

        return new DatabaseTarget(DatabaseProvider.Sqlite, $"Data Source={path}");
    }
}
