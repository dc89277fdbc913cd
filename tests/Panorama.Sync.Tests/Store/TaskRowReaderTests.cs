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
}
