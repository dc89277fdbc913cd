using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using Panorama.Data.Audit;
using Panorama.Data.Connections;
using Panorama.Data.Database;
using Panorama.Data.Settings;

namespace Panorama.Data;

public static class DataServiceCollectionExtensions
{
    /// <summary>
    /// Registers the store for the provider named by <c>Database:Provider</c>, its start-up migration and the
    /// <c>database</c> readiness check.
    /// </summary>
    public static IServiceCollection AddPanoramaData(this IServiceCollection services)
    {
        services.AddOptions<DatabaseOptions>()
            .BindConfiguration(DatabaseOptions.SectionName)
            .Validate(o => DatabaseOptions.Validate(o) is null, "Database:ConnectionString is required when Database:Provider is Postgres.")
            .ValidateOnStart();

        services.TryAddSingleton(TimeProvider.System);
        services.AddPooledDbContextFactory<SqlitePanoramaDbContext>((sp, builder) =>
            builder.UseSqlite(Options(sp).EffectiveConnectionString).AddInterceptors(SqliteConnectionSetup.Instance));
        services.AddPooledDbContextFactory<PostgresPanoramaDbContext>((sp, builder) =>
            builder.UseNpgsql(Options(sp).EffectiveConnectionString));
        services.AddSingleton<IDbContextFactory<PanoramaDbContext>, PanoramaDbContextFactory>();
        services.AddScoped(sp => sp.GetRequiredService<IDbContextFactory<PanoramaDbContext>>().CreateDbContext());

        services.AddSingleton<DatabaseState>();
        services.AddHostedService<DatabaseMigrator>();
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database", HealthStatus.Unhealthy, ["ready"]);

        services.AddScoped<AppSettingsStore>();

        // Cookies, antiforgery tokens and connection secrets are encrypted with one key ring kept in the database
        // under a fixed application name, so every node (and a reinstall elsewhere) reads what the others wrote.
        services.AddDataProtection()
            .SetApplicationName("Panorama")
            .PersistKeysToDbContext<PanoramaDbContext>();
        services.AddSingleton<ConnectionSecrets>();
        services.AddSingleton<IAuditLog, AuditLog>();
        services.AddScoped<AuditLogReader>();
        return services;
    }

    private static DatabaseOptions Options(IServiceProvider services) =>
        services.GetRequiredService<IOptions<DatabaseOptions>>().Value;
}
