namespace Panorama.Web.Auth.Seeding;

/// <summary>
/// Where start-up messages for the operator go: standard output, deliberately not the logger, because the generated
/// administrator password must be shown once and never reach log storage.
/// </summary>
public sealed class StartupConsole(TextWriter output)
{
    public void WriteBlock(IEnumerable<string> lines)
    {
        var rule = new string('=', 72);
        output.WriteLine(rule);
        foreach (var line in lines)
        {
            output.WriteLine(line);
        }

        output.WriteLine(rule);
        output.Flush();
    }
}
