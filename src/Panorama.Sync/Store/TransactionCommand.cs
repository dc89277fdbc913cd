using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Panorama.Data;

namespace Panorama.Sync.Store;

/// <summary>
/// One ADO.NET command inside a transaction of its own, on a new context's connection: what the inbox's and the
/// outbox's claims and the inbox's group commit run their SQL through. Disposing it without
/// <see cref="CommitAsync"/> rolls the transaction back.
/// </summary>
internal sealed class TransactionCommand : IAsyncDisposable
{
    private readonly PanoramaDbContext _db;
    private readonly IDbContextTransaction _transaction;

    private TransactionCommand(PanoramaDbContext db, IDbContextTransaction transaction, DbCommand command)
    {
        _db = db;
        _transaction = transaction;
        Command = command;
        Dialect = SqlDialect.For(db);
    }

    public DbCommand Command { get; }

    public SqlDialect Dialect { get; }

    public static async Task<TransactionCommand> BeginAsync(IDbContextFactory<PanoramaDbContext> contexts, CancellationToken cancellationToken)
    {
        var db = await contexts.CreateDbContextAsync(cancellationToken);
        try
        {
            await db.Database.OpenConnectionAsync(cancellationToken);
            var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var command = db.Database.GetDbConnection().CreateCommand();
            command.Transaction = transaction.GetDbTransaction();
            return new TransactionCommand(db, transaction, command);
        }
        catch
        {
            await db.DisposeAsync();
            throw;
        }
    }

    public Task CommitAsync(CancellationToken cancellationToken) => _transaction.CommitAsync(cancellationToken);

    public async ValueTask DisposeAsync()
    {
        await Command.DisposeAsync();
        await _transaction.DisposeAsync();
        await _db.DisposeAsync();
    }
}
