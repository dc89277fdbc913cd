namespace Panorama.Core.Connections;

/// <summary>Exactly one connection is primary: tasks are created there (rule 14) and only it may keep values unsynchronised (rule 11).</summary>
public enum ConnectionRole
{
    Primary,
    Secondary,
}
