using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Panorama.Data.Database;
using Panorama.Testing.Databases;
using Panorama.Web;

namespace Panorama.Testing.Web;

/// <summary>
/// The Panorama host in memory for API tests, on its own database (a fresh SQLite file unless a
/// <see cref="TestDatabase"/> is given), with every log line captured in <see cref="Logs"/>.
/// </summary>
public class AppFactory : WebApplicationFactory<Program>
{
    private readonly TestDatabase? _database;
    private readonly Dictionary<string, string?> _settings = new(StringComparer.OrdinalIgnoreCase);
    private TestDatabase? _ownDatabase;

    public AppFactory(TestDatabase? database = null)
    {
        _database = database;
    }

    public LogCapture Logs { get; } = new();

    /// <summary>Sets a configuration value before the host starts.</summary>
    public AppFactory WithSetting(string key, string? value)
    {
        _settings[key] = value;
        return this;
    }

    /// <summary>Starts the host and waits until its database is migrated.</summary>
    public async Task<AppFactory> StartAsync(CancellationToken cancellationToken = default)
    {
        _ = Server;
        await Services.GetRequiredService<DatabaseState>().WhenReadyAsync(cancellationToken);
        return this;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        var database = _database ?? (_ownDatabase = TestDatabase.CreateAsync(DatabaseProvider.Sqlite).GetAwaiter().GetResult());
        builder.UseEnvironment("Testing");
        foreach (var (key, value) in database.ToConfiguration().Concat(_settings))
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureLogging(logging => logging.AddProvider(Logs));
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

        GC.SuppressFinalize(this);
    }
}
