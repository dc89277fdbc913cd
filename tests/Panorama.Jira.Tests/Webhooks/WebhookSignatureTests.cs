using System.Text;
using Panorama.Jira.Webhooks;

namespace Panorama.Jira.Tests.Webhooks;

public sealed class WebhookSignatureTests
{
    // The test vector of Atlassian's webhook page (shared/docs/jira-cloud-api.md 6.3).
    private const string Secret = "It's a Secret to Everybody";
    private const string Signature = "sha256=a4771c39fbe90f317c7824e83ddef3caae9cb3d976c214ace1f2937e133263c9";
    private static readonly byte[] Body = Encoding.UTF8.GetBytes("Hello World!");

    [Fact]
    public void Verify_ShouldAcceptTheOfficialTestVector() => Assert.True(WebhookSignature.Verify(Secret, Body, Signature));

    [Fact]
    public void Sign_ShouldProduceTheOfficialTestVector() => Assert.Equal(Signature, WebhookSignature.Sign(Secret, Body));

    [Fact]
    public void Verify_ShouldAcceptUpperCaseHexAndAnUpperCaseMethod() =>
        Assert.True(WebhookSignature.Verify(Secret, Body, "SHA256=" + Signature["sha256=".Length..].ToUpperInvariant()));

    [Fact]
    public void Verify_ShouldReadTheMethodBeforeTheEqualsSign_SoAStrongerHashWorks()
    {
        var sha512 = "sha512=" + Convert.ToHexStringLower(
            System.Security.Cryptography.HMACSHA512.HashData(Encoding.UTF8.GetBytes(Secret), Body));

        Assert.True(WebhookSignature.Verify(Secret, Body, sha512));
    }

    [Theory]
    [InlineData("sha256=a4771c39fbe90f317c7824e83ddef3caae9cb3d976c214ace1f2937e133263c8")] // one digit off
    [InlineData("sha256=a4771c39fbe90f317c7824e83ddef3caae9cb3d976c214ace1f2937e1332")] // truncated
    [InlineData("md5=a4771c39fbe90f317c7824e83ddef3ca")] // unknown method
    [InlineData("a4771c39fbe90f317c7824e83ddef3caae9cb3d976c214ace1f2937e133263c9")] // no method
    [InlineData("sha256=zz771c39fbe90f317c7824e83ddef3caae9cb3d976c214ace1f2937e133263c9")] // not hex
    [InlineData("")]
    [InlineData(null)]
    public void Verify_ShouldRefuseAWrongOrMalformedHeader(string? header) =>
        Assert.False(WebhookSignature.Verify(Secret, Body, header));

    [Fact]
    public void Verify_ShouldRefuseAnotherSecretOrAnotherBody()
    {
        Assert.False(WebhookSignature.Verify("another secret", Body, Signature));
        Assert.False(WebhookSignature.Verify(Secret, Encoding.UTF8.GetBytes("Hello World?"), Signature));
    }
}
