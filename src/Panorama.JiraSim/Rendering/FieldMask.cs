namespace Panorama.JiraSim.Rendering;

/// <summary>
/// Which fields an issue is rendered with: one bit per field of the site (a site has fewer than 64). <see cref="IdOnly"/>
/// is the search default (<c>fields=id</c>): the issue is then just <c>{"id": ...}</c>.
/// </summary>
internal readonly record struct FieldMask(ulong Bits, bool IdOnly)
{
    public static FieldMask OnlyId { get; } = new(0, true);

    public bool Has(int index) => (Bits & (1UL << index)) != 0;

    /// <summary>The key of the render cache: id-only never reaches it, so the bits are enough.</summary>
    public ulong CacheKey => Bits;
}
