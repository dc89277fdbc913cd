namespace Panorama.E2E.Infrastructure;

/// <summary>Where failure screenshots and logs go: <c>TestResults/e2e/</c> at the repository root.</summary>
public static class Artifacts
{
    public static string Folder()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Panorama.slnx")))
        {
            directory = directory.Parent;
        }

        var folder = Path.Combine(directory?.FullName ?? AppContext.BaseDirectory, "TestResults", "e2e");
        Directory.CreateDirectory(folder);
        return folder;
    }
}
