namespace Panorama.Web.Components.Shell;

public enum NavigationSection
{
    Planning,
    AppConfiguration,
}

/// <summary>One entry of the main navigation.</summary>
public sealed record NavigationItem(NavigationSection Section, string Title, string Href, string Icon);
