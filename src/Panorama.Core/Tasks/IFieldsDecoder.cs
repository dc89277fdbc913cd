namespace Panorama.Core.Tasks;

/// <summary>
/// Restores a task's <c>fields</c> JSON from the encoded (compressed) form a store keeps it in, so that tasks held in
/// memory can stay in that form and be decoded only when a native field is asked for.
/// </summary>
public interface IFieldsDecoder
{
    /// <summary>The length of the UTF-8 JSON <paramref name="encoded"/> holds.</summary>
    int DecodedLength(ReadOnlySpan<byte> encoded);

    /// <summary>Writes the UTF-8 JSON into <paramref name="utf8Json"/>, exactly <see cref="DecodedLength"/> bytes.</summary>
    void Decode(ReadOnlySpan<byte> encoded, Span<byte> utf8Json);
}
