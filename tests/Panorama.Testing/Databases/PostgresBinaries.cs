namespace Panorama.Testing.Databases;

/// <summary>
/// Where the machine's PostgreSQL server programs are, and how to run them: PostgreSQL refuses to run as root, so
/// as root they run as the <c>postgres</c> system user through <c>runuser</c>.
/// </summary>
internal sealed class PostgresBinaries
{
    private const string InstallHint =
        "PostgreSQL server binaries (initdb, pg_ctl, postgres) were not found on PATH or under " +
        "/usr/lib/postgresql/*/bin. Install them (Debian: 'apt-get install -y postgresql') and run the tests again.";

    private readonly string _directory;
    private readonly string? _runAs;

    private PostgresBinaries(string directory, string? runAs)
    {
        _directory = directory;
        _runAs = runAs;
    }

    public static PostgresBinaries Find()
    {
        var candidates = (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Concat(Directory.Exists("/usr/lib/postgresql")
                ? Directory.GetDirectories("/usr/lib/postgresql").OrderDescending().Select(d => Path.Combine(d, "bin"))
                : []);
        var directory = candidates.FirstOrDefault(d => File.Exists(Path.Combine(d, "initdb")) && File.Exists(Path.Combine(d, "pg_ctl")))
            ?? throw new InvalidOperationException(InstallHint);
        return new PostgresBinaries(directory, Environment.UserName == "root" ? ServerUser() : null);
    }

    public Task<string> RunAsync(string program, IReadOnlyList<string> arguments)
    {
        var path = Path.Combine(_directory, program);
        return _runAs is null
            ? ProcessRunner.RunAsync(path, arguments)
            : ProcessRunner.RunAsync("runuser", ["-u", _runAs, "--", path, .. arguments]);
    }

    public async Task GiveToServerUserAsync(string directory)
    {
        if (_runAs is not null)
        {
            await ProcessRunner.RunAsync("chown", ["-R", _runAs, directory]);
        }
    }

    private static string ServerUser()
    {
        var passwd = File.Exists("/etc/passwd") ? File.ReadAllLines("/etc/passwd") : [];
        return passwd.Any(line => line.StartsWith("postgres:", StringComparison.Ordinal))
            ? "postgres"
            : throw new InvalidOperationException(
                "Tests run as root, and PostgreSQL refuses root: create the 'postgres' system user " +
                "('apt-get install -y postgresql' does) or run the tests as another user.");
    }
}
