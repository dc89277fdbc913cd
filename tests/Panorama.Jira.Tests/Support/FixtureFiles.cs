namespace Panorama.Jira.Tests.Support;

/// <summary>The real payloads copied from shared/fixtures/jira (with their licences) into <c>Fixtures/</c>.</summary>
internal static class FixtureFiles
{
    public static string Root => Path.Combine(AppContext.BaseDirectory, "Fixtures");

    public static byte[] Read(string relativePath) => File.ReadAllBytes(Path.Combine(Root, relativePath));

    public static IEnumerable<string> JsonFiles(string folder) => Directory
        .EnumerateFiles(Path.Combine(Root, folder), "*.json", SearchOption.AllDirectories)
        .Select(path => Path.GetRelativePath(Root, path).Replace('\\', '/'))
        .Order(StringComparer.Ordinal);
}
