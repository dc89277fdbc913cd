namespace Panorama.Data.Settings;

/// <summary>An application-wide setting kept in the database so every node sees the same value.</summary>
public sealed class AppSetting
{
    public required string Key { get; set; }

    public required string Value { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}
