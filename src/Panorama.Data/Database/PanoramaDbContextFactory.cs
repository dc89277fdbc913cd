using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Panorama.Data.Database;

/// <summary>
/// Hands out contexts of the configured provider as the provider-neutral <see cref="PanoramaDbContext"/>, so that
/// features and workers never care which database is behind them.
/// </summary>
internal sealed class PanoramaDbContextFactory(
    IOptions<DatabaseOptions> options,
    IServiceProvider services) : IDbContextFactory<PanoramaDbContext>
{
    private readonly DatabaseProvider _provider = options.Value.Provider;

    public PanoramaDbContext CreateDbContext() => _provider switch
    {
        DatabaseProvider.Postgres => Create<PostgresPanoramaDbContext>(),
        _ => Create<SqlitePanoramaDbContext>(),
    };

    private TContext Create<TContext>()
        where TContext : PanoramaDbContext =>
        ((IDbContextFactory<TContext>)services.GetService(typeof(IDbContextFactory<TContext>))!).CreateDbContext();
}
