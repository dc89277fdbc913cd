using Panorama.JiraSim.Rendering;

namespace Panorama.JiraSim.Tests.Rendering;

public sealed class RenderCacheTests
{
    [Fact]
    public void Add_ShouldStayWithinTheSitesBudget_AndClearShouldGiveItBack()
    {
        var budget = new RenderBudget(100);
        var first = new RenderCache(budget);
        var second = new RenderCache(budget);

        first.Add(1, new byte[60]);
        second.Add(1, new byte[60]);

        Assert.NotNull(first.Get(1));
        Assert.Null(second.Get(1));
        Assert.Equal(60, budget.Used);

        first.Clear();
        second.Add(1, new byte[60]);

        Assert.Null(first.Get(1));
        Assert.NotNull(second.Get(1));
        Assert.Equal(60, budget.Used);
    }

    [Fact]
    public void Add_ShouldKeepTheNewestFewMasks_AndReleaseWhatItEvicts()
    {
        var budget = new RenderBudget(1000);
        var cache = new RenderCache(budget);

        for (ulong mask = 1; mask <= 6; mask++)
        {
            cache.Add(mask, new byte[10]);
        }

        Assert.Null(cache.Get(1));
        Assert.Null(cache.Get(2));
        Assert.NotNull(cache.Get(6));
        Assert.Equal(40, budget.Used);
    }

    [Fact]
    public void Add_ShouldKeepACopy_SinceRendersComeFromABufferTheThreadReuses()
    {
        var cache = new RenderCache(new RenderBudget(1000));
        var buffer = "{\"id\":\"1\"}"u8.ToArray();

        cache.Add(1, buffer);
        buffer.AsSpan().Fill((byte)'x');

        Assert.Equal("{\"id\":\"1\"}"u8.ToArray(), cache.Get(1));
    }
}
