using System.Text;
using Panorama.Core.Tasks;
using Panorama.Data.Tasks;

namespace Panorama.Data.Tests.Tasks;

/// <summary>How SQLite keeps an issue's fields: large JSON compressed, small or incompressible JSON as it is.</summary>
public sealed class StoredFieldsTests
{
    [Fact]
    public void LargeFields_ShouldBeStoredCompressed_AndComeBackByteForByte()
    {
        var json = LargeFields();

        var stored = StoredFields.Compress(json);

        Assert.True(StoredFields.IsCompressed(stored));
        Assert.True(stored.Length * 2 < json.Length, $"{json.Length} bytes of fields were stored in {stored.Length}.");
        Assert.Equal(json, StoredFields.Decompress(stored));
    }

    [Fact]
    public void SmallFields_ShouldBeStoredAsTheyAre()
    {
        var json = """{"summary":"Plan the release","duedate":null}"""u8.ToArray();

        var stored = StoredFields.Compress(json);

        Assert.False(StoredFields.IsCompressed(stored));
        Assert.Equal(json, stored);
        Assert.Same(stored, StoredFields.Decompress(stored));
    }

    [Fact]
    public void IncompressibleFields_ShouldBeStoredAsTheyAre()
    {
        var random = new Random(7);
        var json = Encoding.UTF8.GetBytes("{\"noise\":\"" + string.Concat(Enumerable.Range(0, 3000).Select(_ => (char)random.Next(0x21, 0x7e)).Where(c => c is not ('"' or '\\'))) + "\"}");

        var stored = StoredFields.Compress(json);

        Assert.False(StoredFields.IsCompressed(stored));
        Assert.Equal(json, StoredFields.Decompress(stored));
    }

    [Fact]
    public void ADamagedValue_ShouldFailWithAClearError_InsteadOfReturningWrongJson()
    {
        var stored = StoredFields.Compress(LargeFields());
        stored[1] ^= 0x40; // the length no longer matches the block

        var error = Assert.Throws<InvalidDataException>(() => StoredFields.Decompress(stored));

        Assert.Contains("stored fields value", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CompressedFields_ShouldStayCompressedAsNativeFields_AndAnswerLookupsAsTheJsonWould()
    {
        var json = LargeFields();
        var plain = NativeFieldValues.FromUtf8(json);

        var kept = StoredFields.ToNativeFields(StoredFields.Compress(json));

        Assert.True(kept.IsEncoded);
        Assert.Equal(plain.FieldIds(), kept.FieldIds());
        Assert.False(kept.IsEncoded);
        Assert.True(kept.TryGetRaw("customfield_10007", out var option));
        Assert.Equal("""{"self":"https://acme.atlassian.net/rest/api/3/customFieldOption/7","value":"Option 7 ✓","id":"7"}""", Encoding.UTF8.GetString(option.Span));
        Assert.True(kept.TryGet("summary", out var summary));
        Assert.Equal("Überprüfung der Pläne", summary.GetString());
        Assert.False(kept.TryGetRaw("customfield_99999", out _));
        Assert.Equal(json, kept.Utf8Json.ToArray());
    }

    [Fact]
    public void SmallStoredFields_ShouldBecomePlainNativeFields()
    {
        var stored = """{"summary":"Plan the release"}"""u8.ToArray();

        var kept = StoredFields.ToNativeFields(stored);

        Assert.False(kept.IsEncoded);
        Assert.True(kept.TryGet("summary", out var summary));
        Assert.Equal("Plan the release", summary.GetString());
    }

    [Fact]
    public void ADamagedValueKeptAsNativeFields_ShouldFailTheLookup_WithTheSameClearError()
    {
        var stored = StoredFields.Compress(LargeFields());
        stored[1] ^= 0x40;

        var kept = StoredFields.ToNativeFields(stored);

        var error = Assert.Throws<InvalidDataException>(() => kept.TryGetRaw("summary", out _));
        Assert.Contains("the row is damaged", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TheConverter_ShouldReadTextRowsWrittenBeforeCompression()
    {
        var converter = new StoredFieldsConverter();
        const string Json = """{"summary":"Überprüfung ✓"}""";

        var fromText = (string)converter.ConvertFromProvider(Encoding.UTF8.GetBytes(Json))!;
        var roundTrip = (string)converter.ConvertFromProvider(converter.ConvertToProvider(Json + new string(' ', 2000)))!;

        Assert.Equal(Json, fromText);
        Assert.Equal(Json + new string(' ', 2000), roundTrip);
    }

    private static byte[] LargeFields()
    {
        var fields = new StringBuilder("{");
        for (var i = 0; i < 40; i++)
        {
            fields.Append($"\"customfield_{10000 + i}\":{{\"self\":\"https://acme.atlassian.net/rest/api/3/customFieldOption/{i}\",\"value\":\"Option {i} ✓\",\"id\":\"{i}\"}},");
        }

        return Encoding.UTF8.GetBytes(fields.Append("\"summary\":\"Überprüfung der Pläne\"}").ToString());
    }
}
