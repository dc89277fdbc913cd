namespace Panorama.Web.Demo;

/// <summary>The simulated sites' names, in order: the first becomes the primary connection.</summary>
internal static class DemoSites
{
    public static readonly string[] Names = ["alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta"];
}
