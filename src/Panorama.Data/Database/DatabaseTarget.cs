using System.Diagnostics.CodeAnalysis;

namespace Panorama.Data.Database;

/// <summary>
/// The value of the command line's <c>--db</c> option: <c>sqlite:&lt;path&gt;</c> or
/// <c>postgres:&lt;connection string&gt;</c>.
/// </summary>
public sealed record DatabaseTarget(DatabaseProvider Provider, string ConnectionString)
{
    public const string Syntax = "sqlite:<path> or postgres:<connection string>";

    public static bool TryParse(string? value, [NotNullWhen(true)] out DatabaseTarget? target, out string error)
    {
        target = null;
        error = string.Empty;
        if (string.IsNullOrWhiteSpace(value))
        {
            error = $"--db needs a value: {Syntax}.";
            return false;
        }

        var colon = value.IndexOf(':', StringComparison.Ordinal);
        var scheme = colon < 0 ? value : value[..colon];
        var rest = colon < 0 ? string.Empty : value[(colon + 1)..].Trim();
        switch (scheme.ToLowerInvariant())
        {
            case "sqlite" when rest.Length > 0:
                target = new DatabaseTarget(DatabaseProvider.Sqlite, $"Data Source={rest}");
                return true;
            case "postgres" or "postgresql" when rest.Length > 0:
                try
                {
                    // Let Npgsql judge the syntax now, so a typo is reported before the host starts.
                    _ = new Npgsql.NpgsqlConnectionStringBuilder(rest);
                }
                catch (ArgumentException ex)
                {
                    error = $"--db postgres: connection string is not valid: {ex.Message}";
                    return false;
                }

                target = new DatabaseTarget(DatabaseProvider.Postgres, rest);
                return true;
            case "sqlite" or "postgres" or "postgresql":
                error = $"--db {scheme}: needs what follows the colon ({Syntax}).";
                return false;
            default:
                error = $"--db '{value}' is not understood: use {Syntax}.";
                return false;
        }
    }

    /// <summary>The configuration keys that select this database (they override appsettings).</summary>
    public IEnumerable<KeyValuePair<string, string?>> ToConfiguration() =>
    [
        new($"{DatabaseOptions.SectionName}:{nameof(DatabaseOptions.Provider)}", Provider.ToString()),
        new($"{DatabaseOptions.SectionName}:{nameof(DatabaseOptions.ConnectionString)}", ConnectionString),
    ];
}
