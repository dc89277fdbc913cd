namespace Panorama.Web.Components.Admin.Connections;

/// <summary>What an administrator can do to one connection from the connections list.</summary>
public enum ConnectionAction
{
    Test,
    MakePrimary,
    Delete,
}
