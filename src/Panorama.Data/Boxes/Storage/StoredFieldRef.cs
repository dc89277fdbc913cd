using Panorama.Core.Fields;

namespace Panorama.Data.Boxes.Storage;

/// <summary>
/// Reads <see cref="FieldRef.ToStorageString"/> back without asking whether the connection still exists (the caller
/// decides what to do with a field of a removed connection).
/// </summary>
public static class StoredFieldRef
{
    public static FieldRef? Parse(string text)
    {
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        if (colon < 0)
        {
            return BuiltInFields.TryParse(text, out var builtIn) ? FieldRef.Of(builtIn) : null;
        }

        return Guid.TryParse(text.AsSpan(0, colon), out var connectionId) && colon < text.Length - 1
            ? FieldRef.Native(connectionId, text[(colon + 1)..])
            : null;
    }
}
