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

        RenderTwice(first, 1, new byte[60]);
        RenderTwice(second, 1, new byte[60]);

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
    public void Add_ShouldKeepARenderOnlyWhenItsMaskIsRenderedAgain()
    {
        var budget = new RenderBudget(1000);
        var cache = new RenderCache(budget);

        cache.Add(1, new byte[10]);
        cache.Add(2, new byte[10]);

        Assert.Null(cache.Get(1));
        Assert.Equal(0, budget.Used);

        cache.Add(1, new byte[10]);

        Assert.NotNull(cache.Get(1));
        Assert.Null(cache.Get(2));
        Assert.Equal(10, budget.Used);

        cache.Clear(); // the issue changed: its next render is a first one again
        cache.Add(1, new byte[10]);

        Assert.Null(cache.Get(1));
    }

    [Fact]
    public void Add_ShouldKeepTheNewestFewMasks_AndReleaseWhatItEvicts()
    {
        var budget = new RenderBudget(1000);
        var cache = new RenderCache(budget);

        for (ulong mask = 1; mask <= 6; mask++)
        {
            RenderTwice(cache, mask, new byte[10]);
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

        RenderTwice(cache, 1, buffer);
        buffer.AsSpan().Fill((byte)'x');

        Assert.Equal("{\"id\":\"1\"}"u8.ToArray(), cache.Get(1));
    }

    private static void RenderTwice(RenderCache cache, ulong mask, byte[] rendered)
    {
        cache.Add(mask, rendered);
        cache.Add(mask, rendered);
    }
}
