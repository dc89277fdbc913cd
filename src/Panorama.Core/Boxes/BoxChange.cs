namespace Panorama.Core.Boxes;

/// <summary>The hierarchy after a change and the boxes the change touched (what storage must save).</summary>
public sealed record BoxChange(BoxHierarchy Hierarchy, IReadOnlyList<Box> Changed);
