using Panorama.Data.Connections;
using Panorama.Sync.Connections.Health;

namespace Panorama.Sync.Tests.Connections;

public sealed class TokenAgeTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Warning_ShouldFlagATokenOlderThanTheWarningAge_SayingWhereToMakeANewOne()
    {
        var old = Connection(Now.AddDays(-340));
        var fresh = Connection(Now.AddDays(-30));

        var warning = TokenAge.Warning(old, TimeSpan.FromDays(330), Now);

        Assert.Contains("was set 340 days ago", warning, StringComparison.Ordinal);
        Assert.Contains("https://id.atlassian.com/manage-profile/security/api-tokens", warning, StringComparison.Ordinal);
        Assert.Null(TokenAge.Warning(fresh, TimeSpan.FromDays(330), Now));
    }

    private static Connection Connection(DateTimeOffset tokenSetAt) => new()
    {
        Name = "beta",
        BaseUrl = "https://beta.atlassian.net",
        Email = "bot@beta.test",
        ProtectedApiToken = "x",
        ProtectedWebhookSecret = "y",
        TokenSetAt = tokenSetAt,
    };
}
