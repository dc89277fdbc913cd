using Panorama.Core.Tasks;

namespace Panorama.Core.Tests.TestData;

/// <summary>Three sites as the SPEC describes them: alpha is primary, beta and gamma are secondary.</summary>
internal static class TestSites
{
    public static SiteRef Alpha { get; } = new(new Guid("aaaaaaaa-0000-0000-0000-000000000001"), "alpha", true);

    public static SiteRef Beta { get; } = new(new Guid("bbbbbbbb-0000-0000-0000-000000000002"), "beta", false);

    public static SiteRef Gamma { get; } = new(new Guid("cccccccc-0000-0000-0000-000000000003"), "gamma", false);

    public static SiteDirectory Directory { get; } = new([Gamma, Beta, Alpha]);
}
