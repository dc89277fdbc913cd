using Panorama.Jira.Model;

namespace Panorama.Jira.Tests.Model;

public sealed class JiraDatesTests
{
    public static TheoryData<string, DateTimeOffset> DateTimes => new()
    {
        { "2019-07-30T11:02:24.312-0700", new DateTimeOffset(2019, 7, 30, 11, 2, 24, 312, TimeSpan.FromHours(-7)) },
        { "2018-12-05T14:32:11.571+0300", new DateTimeOffset(2018, 12, 5, 14, 32, 11, 571, TimeSpan.FromHours(3)) },
        { "2021-04-22T05:37:05.000+0000", new DateTimeOffset(2021, 4, 22, 5, 37, 5, TimeSpan.Zero) },
        { "2015-11-18T14:39:00.000+1100", new DateTimeOffset(2015, 11, 18, 14, 39, 0, TimeSpan.FromHours(11)) },
        { "2020-01-01T00:00:00+0530", new DateTimeOffset(2020, 1, 1, 0, 0, 0, TimeSpan.FromMinutes(330)) },
        { "2020-01-01T00:00:00.5+05:30", new DateTimeOffset(2020, 1, 1, 0, 0, 0, 500, TimeSpan.FromMinutes(330)) },
        { "2019-05-23T14:02:10.170Z", new DateTimeOffset(2019, 5, 23, 14, 2, 10, 170, TimeSpan.Zero) },
    };

    [Theory]
    [MemberData(nameof(DateTimes))]
    public void TryParseDateTime_ShouldKeepTheOffset_WithOrWithoutAColon(string text, DateTimeOffset expected)
    {
        Assert.True(JiraDates.TryParseDateTime(text, out var parsed));
        Assert.Equal(expected, parsed);
        Assert.Equal(expected.Offset, parsed.Offset);
    }

    [Theory]
    [InlineData("2019-05-11")]
    [InlineData("09/Jun/19")]
    [InlineData("Tue Jul 30 22:06:22 UTC 2019")]
    [InlineData("")]
    public void TryParseDateTime_ShouldRefuseWhatIsNotADateTime(string text) =>
        Assert.False(JiraDates.TryParseDateTime(text, out _));

    [Fact]
    public void Dates_ShouldReadAndWriteYearMonthDay()
    {
        Assert.True(JiraDates.TryParseDate("2026-03-31", out var date));
        Assert.Equal(new DateOnly(2026, 3, 31), date);
        Assert.Equal("2026-03-01", JiraDates.FormatDate(new DateOnly(2026, 3, 1)));
        Assert.False(JiraDates.TryParseDate("2026-03-31T00:00:00.000+0000", out _));
    }
}
