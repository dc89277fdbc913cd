using Panorama.Core.Boxes;

namespace Panorama.Core.Tests.Boxes;

public sealed class BoxTypeAndPeriodTests
{
    [Fact]
    public void Define_ShouldAcceptAnAdminType_AndCompareByNameIgnoringCase()
    {
        var release = BoxType.Define(" Release train ").Value;

        Assert.False(release.IsBuiltIn);
        Assert.Equal(release, BoxType.FromName("release TRAIN"));
        Assert.Same(BoxType.Iteration, BoxType.FromName("iteration"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("program")]
    public void Define_ShouldRefuseAnEmptyOrBuiltInName(string name) => Assert.False(BoxType.Define(name).IsOk);

    [Fact]
    public void Period_ShouldRefuseAnEndBeforeItsStart_AndContainItsDays()
    {
        Assert.Contains("ends (2026-01-01) before it starts (2026-02-01)",
            BoxPeriod.Create(new DateOnly(2026, 2, 1), new DateOnly(2026, 1, 1)).Refusal, StringComparison.Ordinal);
        var q1 = BoxPeriod.Create(new DateOnly(2026, 1, 1), new DateOnly(2026, 3, 31)).Value;
        Assert.True(q1.Contains(new DateOnly(2026, 3, 31)));
        Assert.False(q1.Contains(new DateOnly(2026, 4, 1)));
        Assert.True(BoxPeriod.Open.Contains(new DateOnly(1999, 1, 1)));
    }
}
