namespace Panorama.Core.Dependencies;

/// <summary>Where a dependency lives (SPEC 1): a Jira issue link on one site, or Panorama only.</summary>
public enum DependencyOrigin
{
    /// <summary>A Jira issue link of a mapped type; creating or deleting it changes Jira.</summary>
    Synced,

    /// <summary>Stored in Panorama; the only kind that can join tasks of two different sites.</summary>
    AppOnly,
}
