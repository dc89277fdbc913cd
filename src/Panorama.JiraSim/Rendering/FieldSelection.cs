using Panorama.JiraSim.Model;

namespace Panorama.JiraSim.Rendering;

/// <summary>
/// Parses Jira's <c>fields</c> parameter: a list (or comma-separated values) of field ids, <c>*all</c>,
/// <c>*navigable</c>, <c>id</c>, <c>key</c>, and <c>-field</c> to exclude one. Unknown ids are ignored, as Jira does.
/// </summary>
internal static class FieldSelection
{
    public static FieldMask All(SiteCatalog catalog) => new(Bits(catalog, _ => true), false);

    public static FieldMask Navigable(SiteCatalog catalog) => new(Bits(catalog, f => f.Navigable), false);

    public static FieldMask Parse(IEnumerable<string?>? raw, SiteCatalog catalog, FieldMask fallback)
    {
        var tokens = (raw ?? [])
            .SelectMany(r => (r ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .ToList();
        if (tokens.Count == 0)
        {
            return fallback;
        }

        ulong included = 0;
        ulong excluded = 0;
        var sawInclusion = false;
        var sawKey = false;
        foreach (var token in tokens)
        {
            if (token.StartsWith('-'))
            {
                excluded |= Bit(catalog, token[1..]);
                continue;
            }

            sawInclusion = true;
            switch (token)
            {
                case "*all":
                    included |= All(catalog).Bits;
                    break;
                case "*navigable":
                    included |= Navigable(catalog).Bits;
                    break;
                case "key":
                    sawKey = true;
                    break;
                case "id":
                    break;
                default:
                    included |= Bit(catalog, token);
                    break;
            }
        }

        if (!sawInclusion)
        {
            included = Navigable(catalog).Bits;
        }

        var bits = included & ~excluded;
        return bits == 0 && !sawKey ? FieldMask.OnlyId : new FieldMask(bits, false);
    }

    private static ulong Bit(SiteCatalog catalog, string id) =>
        catalog.FieldsById.TryGetValue(id, out var field) ? 1UL << field.Index : 0;

    private static ulong Bits(SiteCatalog catalog, Func<FieldDef, bool> predicate)
    {
        ulong bits = 0;
        foreach (var field in catalog.Fields)
        {
            if (predicate(field))
            {
                bits |= 1UL << field.Index;
            }
        }

        return bits;
    }
}
