namespace Panorama.Core.Connections;

/// <summary>A connection is synced only while <see cref="Valid"/> (rule 5).</summary>
public enum ConnectionStatus
{
    Unchecked,
    Valid,
    Invalid,
}
