namespace Panorama.Core.Dependencies;

/// <summary>Strong dependencies drive scheduling; soft ones are only drawn.</summary>
public enum DependencyStrength
{
    Strong,
    Soft,
}
