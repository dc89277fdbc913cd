namespace Panorama.Core.Boxes;

/// <summary>
/// A planning container: identity, name, type, place in the hierarchy, period and whether it is archived. Its scope,
/// structure and views are kept beside it (<see cref="Scope.BoxScope"/>, <see cref="Structure.StructureDefinition"/>,
/// <see cref="Views.View"/>). Change a box through <see cref="BoxHierarchy"/>, which keeps the hierarchy's rules.
/// </summary>
public sealed record Box(Guid Id, string Name, BoxType Type, Guid? ParentId, BoxPeriod Period, bool IsArchived = false)
{
    public const int MaxNameLength = 200;
}
