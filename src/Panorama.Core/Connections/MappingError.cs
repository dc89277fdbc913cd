using Panorama.Core.Fields;

namespace Panorama.Core.Connections;

/// <summary>
/// Why a field or dependency mapping was refused. <see cref="Code"/> is stable for clients; <see cref="Message"/>
/// says what to change.
/// </summary>
public sealed record MappingError(string Code, string Message, BuiltInField? Field = null, string? LinkTypeId = null)
{
    public const string NotSynchronizedOnSecondary = "not-synchronized-on-secondary";
    public const string SameFieldTwice = "same-field-twice";
    public const string UnknownField = "unknown-field";
    public const string MissingFieldId = "missing-field-id";
    public const string IncompatibleField = "incompatible-field";
    public const string LinkTypeMappedTwice = "link-type-mapped-twice";
    public const string UnknownLinkType = "unknown-link-type";
    public const string LinkTypeUsedByStructure = "link-type-used-by-structure";
}
