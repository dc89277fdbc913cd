namespace Panorama.Data.Boxes;

/// <summary>A box type an application administrator defined (the four built-in types are not stored).</summary>
public sealed class BoxTypeRecord
{
    public required string Name { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
