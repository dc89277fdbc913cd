using Panorama.Core.Outcomes;

namespace Panorama.Core.Boxes;

/// <summary>
/// A box's type: one of the four built-in types or one an administrator defined by name. Types compare by name,
/// ignoring case, so "Release" defined twice is one type.
/// </summary>
public sealed class BoxType : IEquatable<BoxType>
{
    public const int MaxNameLength = 60;

    private BoxType(string name, bool isBuiltIn)
    {
        Name = name;
        IsBuiltIn = isBuiltIn;
    }

    public static BoxType Portfolio { get; } = new("Portfolio", true);

    public static BoxType Program { get; } = new("Program", true);

    public static BoxType Project { get; } = new("Project", true);

    public static BoxType Iteration { get; } = new("Iteration", true);

    public static IReadOnlyList<BoxType> BuiltIn { get; } = [Portfolio, Program, Project, Iteration];

    public string Name { get; }

    public bool IsBuiltIn { get; }

    /// <summary>An admin-defined type; refused when the name is empty, too long or a built-in type's name.</summary>
    public static Outcome<BoxType> Define(string name)
    {
        var trimmed = name.Trim();
        if (trimmed.Length == 0 || trimmed.Length > MaxNameLength)
        {
            return Outcome.Refused<BoxType>($"A box type needs a name of 1 to {MaxNameLength} characters.");
        }

        return BuiltIn.Any(t => string.Equals(t.Name, trimmed, StringComparison.OrdinalIgnoreCase))
            ? Outcome.Refused<BoxType>($"'{trimmed}' is a built-in box type. Choose another name for your type.")
            : new BoxType(trimmed, false);
    }

    /// <summary>The type stored under a name: the built-in one when the name is one, else an admin-defined type.</summary>
    public static BoxType FromName(string name) =>
        BuiltIn.FirstOrDefault(t => string.Equals(t.Name, name.Trim(), StringComparison.OrdinalIgnoreCase))
        ?? Define(name).Value;

    public bool Equals(BoxType? other) =>
        other is not null && string.Equals(Name, other.Name, StringComparison.OrdinalIgnoreCase);

    public override bool Equals(object? obj) => obj is BoxType other && Equals(other);

    public override int GetHashCode() => StringComparer.OrdinalIgnoreCase.GetHashCode(Name);

    public override string ToString() => Name;
}
