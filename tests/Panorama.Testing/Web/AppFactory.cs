using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Panorama.Data.Database;
using Panorama.Testing.Databases;
using Panorama.Web;
using Panorama.Web.Auth.Seeding;
using Panorama.Web.Auth.Tokens;
using Panorama.Web.Auth.Users;

namespace Panorama.Testing.Web;

/// <summary>
/// The Panorama host in memory for API tests, on its own database (a fresh SQLite file unless a
/// <see cref="TestDatabase"/> is given), with every log line captured in <see cref="Logs"/>. The first administrator
/// is seeded from <see cref="AdminEmail"/>, <see cref="AdminPassword"/> and <see cref="AdminApiToken"/> (random per
/// factory) unless <see cref="WithAdministrator"/> says otherwise.
/// </summary>
public partial class AppFactory : WebApplicationFactory<Program>
{
    private readonly TestDatabase? _database;
    private readonly Dictionary<string, string?> _settings = new(StringComparer.OrdinalIgnoreCase);
    private readonly StringWriter _startupOutput = new();
    private TestDatabase? _ownDatabase;

    public AppFactory(TestDatabase? database = null)
    {
        _database = database;
    }

    public LogCapture Logs { get; } = new();

    /// <summary>The first administrator's e-mail given to the host (null: not configured, the default is used).</summary>
    public string? AdminEmail { get; private set; } = "admin@panorama.test";

    /// <summary>The first administrator's password given to the host (null: the host generates and prints one).</summary>
    public string? AdminPassword { get; private set; } = GeneratedPassword.Create();

    /// <summary>The API token seeded for the first administrator (null: none).</summary>
    public string? AdminApiToken { get; private set; } = ApiTokenSecret.Generate();

    /// <summary>What the host printed to standard output at start-up (not through the logger).</summary>
    public string StartupOutput
    {
        get
        {
            lock (_startupOutput)
            {
                return _startupOutput.ToString();
            }
        }
    }

    /// <summary>Sets a configuration value before the host starts.</summary>
    public AppFactory WithSetting(string key, string? value)
    {
        _settings[key] = value;
        return this;
    }

    /// <summary>The first administrator's settings (<c>Admin:*</c>); null leaves a setting out.</summary>
    public AppFactory WithAdministrator(string? email, string? password, string? apiToken)
    {
        AdminEmail = email;
        AdminPassword = password;
        AdminApiToken = apiToken;
        return this;
    }

    /// <summary>Every log category at Trace, so a test that searches the logs sees everything the host could write.</summary>
    public AppFactory WithVerboseLogging()
    {
        foreach (var category in new[] { "Default", "Microsoft", "Microsoft.AspNetCore", "Microsoft.EntityFrameworkCore", "System" })
        {
            WithSetting($"Logging:LogLevel:{category}", "Trace");
        }

        return this;
    }

    /// <summary>Starts the host and waits until its database is migrated and the first administrator seeded.</summary>
    public async Task<AppFactory> StartAsync(CancellationToken cancellationToken = default)
    {
        _ = Services; // starts the host, on TestServer or (UseKestrel) on a real port
        await Services.GetRequiredService<DatabaseState>().WhenReadyAsync(cancellationToken);
        await Services.GetRequiredService<FirstAdministratorState>().WhenSeededAsync(cancellationToken);
        return this;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        var database = _database ?? (_ownDatabase = TestDatabase.CreateAsync(DatabaseProvider.Sqlite).GetAwaiter().GetResult());
        builder.UseEnvironment("Testing");
        var admin = new Dictionary<string, string?>
        {
            ["Admin:Email"] = AdminEmail,
            ["Admin:Password"] = AdminPassword,
            ["Admin:ApiToken"] = AdminApiToken,
        };
        foreach (var (key, value) in database.ToConfiguration().Concat(admin.Where(a => a.Value is not null)).Concat(_settings))
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureLogging(logging => logging.AddProvider(Logs));
        builder.ConfigureTestServices(services => services.AddSingleton(new StartupConsole(TextWriter.Synchronized(_startupOutput))));
        ConfigureTestServices(builder);
    }

    /// <summary>Hook for derived factories to replace services.</summary>
    protected virtual void ConfigureTestServices(IWebHostBuilder builder)
    {
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (_ownDatabase is not null)
        {
            await _ownDatabase.DisposeAsync();
        }

        await _startupOutput.DisposeAsync();
        GC.SuppressFinalize(this);
    }
}
