using System.Text;
using System.Text.Json;
using Panorama.Core.Tasks;

namespace Panorama.Core.Tests.Tasks;

public sealed class NativeFieldValuesTests
{
    private const string Fields = """
        {"summary":"A \"quoted\" one","customfield_10016":5,"components":[{"id":"1","name":"Web"}],
         "nested":{"a":[1,{"b":"}"}]},"customfield_10020":null,"esc\u0061ped":true}
        """;

    [Fact]
    public void TryGetRaw_ShouldSliceTheValueWithoutParsingTheRest()
    {
        var values = NativeFieldValues.FromJson(Fields);

        Assert.True(values.TryGetRaw("components", out var raw));
        Assert.Equal("""[{"id":"1","name":"Web"}]""", Encoding.UTF8.GetString(raw.Span));
        Assert.True(values.TryGetRaw("escaped", out var escaped));
        Assert.Equal("true", Encoding.UTF8.GetString(escaped.Span));
    }

    [Fact]
    public void TryGet_ShouldReturnValuesOfEveryKind_AndFalseForAnAbsentField()
    {
        var values = NativeFieldValues.FromJson(Fields);

        Assert.True(values.TryGet("customfield_10016", out var number));
        Assert.Equal(5, number.GetInt32());
        Assert.True(values.TryGet("customfield_10020", out var nothing));
        Assert.Equal(JsonValueKind.Null, nothing.ValueKind);
        Assert.True(values.TryGet("nested", out var nested));
        Assert.Equal("}", nested.GetProperty("a")[1].GetProperty("b").GetString());
        Assert.False(values.TryGet("customfield_99999", out _));
        Assert.Equal(["summary", "customfield_10016", "components", "nested", "customfield_10020", "escaped"], values.FieldIds());
    }

    [Fact]
    public void EncodedValues_ShouldAnswerEveryLookupAsThePlainJsonDoes_DecodingOnceAtTheFirst()
    {
        var decoder = new ReversingDecoder();
        var encoded = Encoding.UTF8.GetBytes(Fields).Reverse().ToArray();

        var values = NativeFieldValues.FromEncoded(encoded, decoder);

        Assert.True(values.IsEncoded);
        Assert.Equal(0, decoder.Decodes);
        Assert.True(values.TryGetRaw("components", out var raw));
        Assert.Equal("""[{"id":"1","name":"Web"}]""", Encoding.UTF8.GetString(raw.Span));
        Assert.True(values.TryGet("nested", out var nested));
        Assert.Equal("}", nested.GetProperty("a")[1].GetProperty("b").GetString());
        Assert.False(values.TryGetRaw("customfield_99999", out _));
        Assert.Equal(NativeFieldValues.FromJson(Fields).FieldIds(), values.FieldIds());
        Assert.Equal(Fields, Encoding.UTF8.GetString(values.Utf8Json.Span));
        Assert.Equal(1, decoder.Decodes);
        Assert.False(values.IsEncoded);
    }

    [Fact]
    public void AnEncodedValueThatIsNotAnObject_ShouldFailTheLookupClearly()
    {
        var values = NativeFieldValues.FromEncoded("]2,1["u8.ToArray(), new ReversingDecoder());

        Assert.Throws<InvalidDataException>(() => values.TryGetRaw("summary", out _));
    }

    [Fact]
    public void FromJson_ShouldRefuseSomethingOtherThanAnObject() =>
        Assert.Throws<ArgumentException>(() => NativeFieldValues.FromJson("[1,2]"));

    /// <summary>A stand-in for the store's compression: the bytes reversed.</summary>
    private sealed class ReversingDecoder : IFieldsDecoder
    {
        public int Decodes { get; private set; }

        public int DecodedLength(ReadOnlySpan<byte> encoded) => encoded.Length;

        public void Decode(ReadOnlySpan<byte> encoded, Span<byte> utf8Json)
        {
            Decodes++;
            encoded.CopyTo(utf8Json);
            utf8Json.Reverse();
        }
    }
}
