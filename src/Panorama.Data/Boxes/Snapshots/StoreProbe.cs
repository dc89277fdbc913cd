using System.Data.Common;
using Microsoft.EntityFrameworkCore;

namespace Panorama.Data.Boxes.Snapshots;

/// <summary>
/// What a box snapshot is checked against on every read: the task store's watermark, the connections' versions and
/// every box's revision (the boxes and connections tables are small). One round trip of three indexed queries.
/// </summary>
public sealed record StoreProbe(StoreWatermark Watermark, ConnectionStamp Connections, IReadOnlyDictionary<Guid, BoxRow> Boxes)
{
    private const string Sql = $"""
        {StoreWatermark.Sql};
        SELECT "Id", "Version" FROM connections;
        SELECT "Id", "ParentId", "Revision", "IsArchived" FROM boxes
        """;

    public static async Task<StoreProbe> ReadAsync(PanoramaDbContext db, CancellationToken cancellationToken)
    {
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var command = connection.CreateCommand();
            command.CommandText = Sql;
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            await reader.ReadAsync(cancellationToken);
            var watermark = new StoreWatermark(
                reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2), reader.GetInt64(3), reader.GetInt64(4), reader.GetInt64(5), reader.GetInt64(6));
            var connections = new List<(Guid, long)>();
            await reader.NextResultAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                connections.Add((reader.GetGuid(0), reader.GetInt64(1)));
            }

            var boxes = new Dictionary<Guid, BoxRow>();
            await reader.NextResultAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                var row = ReadBox(reader);
                boxes[row.Id] = row;
            }

            return new StoreProbe(watermark, ConnectionStamp.Of(connections), boxes);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private static BoxRow ReadBox(DbDataReader reader) =>
        new(reader.GetGuid(0), reader.IsDBNull(1) ? null : reader.GetGuid(1), reader.GetInt64(2), reader.GetBoolean(3));
}

/// <summary>A box's place and revision, as the probe reads it.</summary>
public sealed record BoxRow(Guid Id, Guid? ParentId, long Revision, bool IsArchived);
