using Panorama.Data.Database;

namespace Panorama.Web.Hosting;

/// <summary>
/// What the command line says about the host; null means "as configured". <paramref name="HostArguments"/> are
/// passed to ASP.NET Core as command-line configuration.
/// </summary>
public sealed record HostSettings(string? Urls = null, DatabaseTarget? Database = null, string[]? HostArguments = null)
{
    /// <summary>Configuration entries that override appsettings and environment variables.</summary>
    public IEnumerable<KeyValuePair<string, string?>> ToConfiguration()
    {
        if (Urls is not null)
        {
            yield return new("urls", Urls);
        }

        foreach (var entry in Database?.ToConfiguration() ?? [])
        {
            yield return entry;
        }
    }
}
