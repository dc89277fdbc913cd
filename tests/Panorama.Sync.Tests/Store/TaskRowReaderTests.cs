using System.Text.Json;
using Panorama.Core.Connections;
using Panorama.Core.Dependencies;
using Panorama.Core.Fields;
using Panorama.Data.Tasks;
using Panorama.Sync.Connections;
using Panorama.Sync.Store;
using Panorama.Sync.Tests.Support;

namespace Panorama.Sync.Tests.Store;

public sealed class TaskRowReaderTests
{
    private static readonly DateTimeOffset T0 = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void ARowReadForSqlite_ShouldHoldItsFieldsOnlyCompressed_AndGiveTheSameJsonBack()
    {
        var connection = new SyncConnection(Guid.NewGuid(), "alpha", ConnectionRole.Primary, ConnectionStatus.Valid, null, null!,
            new FieldMapping([]), new DependencyMapping([]), "");
        var issue = Issues.Issue(7, "OPS-7", T0, summary: string.Concat(Enumerable.Repeat("a long summary, ", 200)));

        var plain = TaskRowReader.Read(issue, connection, compressFields: false)!;
        var compressed = TaskRowReader.Read(issue, connection, compressFields: true)!;

        Assert.Null(plain.StoredFields);
        Assert.NotNull(compressed.StoredFields);
        Assert.True(StoredFields.IsCompressed(compressed.StoredFields), "3 KB of fields should be kept compressed");
        Assert.Equal(plain.FieldsUtf8, compressed.FieldsUtf8);
        Assert.Equal(plain.FieldsUtf8, StoredFields.Decompress(compressed.StoredFields));
    }

    [Fact]
    public void Links_ShouldReadEitherDirection_IdsAsTextOrNumbers_AndLeaveOutEntriesWithoutUsableIds()
    {
        // On issue 7: "7 blocks 8", "9 blocks 7" (an escaped id and a numeric type id, as webhooks write them), then
        // entries that cannot become a dependency: a link id that is not a number, no type id, only the other's key.
        using var fields = JsonDocument.Parse("""
            {"issuelinks": [
              {"id": "100", "type": {"id": "10000"}, "outwardIssue": {"id": "8", "key": "OPS-8"}},
              {"id": 101, "type": {"id": 10000}, "inwardIssue": {"id": "\u0039", "key": "OPS-9"}},
              {"id": "1x", "type": {"id": "10000"}, "outwardIssue": {"id": "8"}},
              {"id": "102", "type": {}, "outwardIssue": {"id": "8"}},
              {"id": "103", "type": {"id": "10000"}, "outwardIssue": {"key": "OPS-8"}},
              {"id": "-104", "type": {"id": "10000"}, "outwardIssue": {"id": "8"}},
              null
            ]}
            """);

        var links = TaskRowReader.LinksOf(7, fields.RootElement);

        Assert.Equal([new LinkRow(100, "10000", 7, 8), new LinkRow(101, "10000", 9, 7)], links);
        Assert.Null(TaskRowReader.LinksOf(7, JsonDocument.Parse("""{"summary": "no links field"}""").RootElement));
        Assert.Empty(TaskRowReader.LinksOf(7, JsonDocument.Parse("""{"issuelinks": []}""").RootElement)!);
    }
}
