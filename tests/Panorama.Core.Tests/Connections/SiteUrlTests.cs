using Panorama.Core.Connections;

namespace Panorama.Core.Tests.Connections;

public sealed class SiteUrlTests
{
    [Theory]
    [InlineData("https://beta.atlassian.net", false, "https://beta.atlassian.net/")]
    [InlineData(" https://beta.atlassian.net/ ", false, "https://beta.atlassian.net/")]
    [InlineData("http://127.0.0.1:5101", true, "http://127.0.0.1:5101/")]
    [InlineData("http://localhost:5101/", true, "http://localhost:5101/")]
    [InlineData("http://[::1]:5101", true, "http://[::1]:5101/")]
    public void Check_ShouldAcceptHttps_AndLoopbackHttpOnlyWhenAllowed(string url, bool allowLoopback, string expected)
    {
        var checkedUrl = SiteUrl.Check(url, allowLoopback);

        Assert.True(checkedUrl.IsOk, checkedUrl.Refusal);
        Assert.Equal(expected, checkedUrl.Value.ToString());
    }

    [Theory]
    [InlineData("http://beta.example.com", true, "plain http: the API token would cross the network unencrypted")]
    [InlineData("http://127.0.0.1:5101", false, "Jira:AllowInsecureLoopback=true")]
    [InlineData("beta.atlassian.net", true, "is not a site URL")]
    [InlineData("ftp://beta.atlassian.net", true, "is not a site URL")]
    [InlineData("", true, "is not a site URL")]
    [InlineData("https://bot:secret@beta.atlassian.net", true, "without user name, query or fragment")]
    [InlineData("https://beta.atlassian.net/?x=1", true, "without user name, query or fragment")]
    public void Check_ShouldRefuse_SayingWhatToChange(string url, bool allowLoopback, string expected)
    {
        var refused = SiteUrl.Check(url, allowLoopback);

        Assert.False(refused.IsOk);
        Assert.Contains(expected, refused.Refusal, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_ShouldAcceptPlainHttp_SoTheConnectionCanBeSavedAsInvalid()
    {
        Assert.Equal("http://beta.example.com/jira", SiteUrl.Parse("http://beta.example.com/jira/").Value.GetLeftPart(UriPartial.Path));
    }
}
