using System.Text.Json;
using Panorama.JiraSim.Tests.Infrastructure;
using Xunit.Sdk;

namespace Panorama.JiraSim.Tests.Conformance;

/// <summary>The conformance check itself must be able to fail, or the conformance tests prove nothing.</summary>
public sealed class OpenApiValidatorTests
{
    [Theory]
    [InlineData("""{"accountId": "abc", "unexpected": true}""", "/rest/api/3/myself")]
    [InlineData("""{"issues": [{"id": 10001}], "isLast": true}""", "/rest/api/3/search/jql")]
    [InlineData("""{"issueLinkTypes": [{"id": "1", "name": "Blocks", "inwardName": "is blocked by"}]}""", "/rest/api/3/issueLinkType")]
    public async Task AssertValid_ShouldFail_WhenTheBodyBreaksTheSchema(string json, string path)
    {
        using var body = JsonDocument.Parse(json);

        await Assert.ThrowsAsync<FailException>(() => OpenApiSchemas.AssertValidAsync(body.RootElement, path, "get", 200));
    }

    [Fact]
    public async Task AssertValid_ShouldPass_WhenTheBodyFitsTheSchema()
    {
        using var body = JsonDocument.Parse("""{"displayName": "x", "emailAddress": "a@b.c", "accountId": "1", "active": true}""");

        await OpenApiSchemas.AssertValidAsync(body.RootElement, "/rest/api/3/myself", "get", 200);
    }
}
