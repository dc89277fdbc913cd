namespace Panorama.Core.Structure;

public enum WbsRowKind
{
    Task,
    Group,
    Box,
    Project,
}
