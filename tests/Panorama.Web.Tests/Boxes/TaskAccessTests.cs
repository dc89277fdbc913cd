using System.Net;
using Panorama.Testing.Boxes;
using Panorama.Testing.Tasks;

namespace Panorama.Web.Tests.Boxes;

/// <summary>/api/tasks and /api/changes follow box roles: a task is open to those who hold a role in a box that holds it.</summary>
public sealed class TaskAccessTests
{
    private static readonly string Ops1 = $"/api/tasks/{ThreeSites.Alpha.Id}/{ThreeSites.Ops1}";
    private static readonly string Bet1 = $"/api/tasks/{ThreeSites.Beta.Id}/{ThreeSites.Bet1}";

    [Fact]
    public async Task ATask_ShouldBeReadByViewersAndEditedByEditors_OfABoxThatHoldsIt_AndByNobodyElse()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var app = await new BoxesAppFactory().StartWithThreeSitesAsync(ct);
        using var admin = await app.CreateAdminClientAsync(ct);
        var box = await admin.CreateBoxAsync("Ops only");
        await admin.AddIntegrationAsync(box.Id, "alpha", ["OPS"]);
        using var outsider = await MemberAsync(app, admin, null, "outsider@panorama.test", null);
        using var viewer = await MemberAsync(app, admin, box.Id, "viewer@panorama.test", "viewer");
        using var editor = await MemberAsync(app, admin, box.Id, "editor@panorama.test", "editor");
        var edit = new { startDate = "2026-02-02" };

        using var outsiderRead = await outsider.GetAsync(Ops1, ct);
        Assert.Contains("viewer role in a box that holds", await outsiderRead.ExpectProblemAsync(HttpStatusCode.Forbidden), StringComparison.Ordinal);
        using var viewerRead = await viewer.GetAsync(Ops1, ct);
        await viewerRead.ExpectAsync(HttpStatusCode.OK);
        using var viewerOther = await viewer.GetAsync(Bet1, ct);
        await viewerOther.ExpectProblemAsync(HttpStatusCode.Forbidden);
        using var viewerEdit = await viewer.PatchAsync(Ops1, JsonContent(edit), ct);
        Assert.Contains("editor role", await viewerEdit.ExpectProblemAsync(HttpStatusCode.Forbidden), StringComparison.Ordinal);
        Assert.Empty(app.WriteBack.Requests);

        using var editorEdit = await editor.PatchAsync(Ops1, JsonContent(edit), ct);
        await editorEdit.ExpectAsync(HttpStatusCode.Accepted);
        using var adminEdit = await admin.PatchAsync(Bet1, JsonContent(edit), ct);
        await adminEdit.ExpectAsync(HttpStatusCode.Accepted);
        Assert.Equal(2, app.WriteBack.Requests.Count);
    }

    private static StringContent JsonContent(object body) =>
        new(System.Text.Json.JsonSerializer.Serialize(body), System.Text.Encoding.UTF8, "application/json");

    private static async Task<HttpClient> MemberAsync(BoxesAppFactory app, HttpClient admin, Guid? box, string email, string? role)
    {
        var user = await app.CreateUserAsync(email, cancellationToken: TestContext.Current.CancellationToken);
        if (box is { } id)
        {
            using var response = await admin.PostJsonAsync($"/api/boxes/{id}/members", new { email, role });
            await response.ExpectAsync(HttpStatusCode.OK);
        }

        return app.CreateBearerClient(user.ApiToken);
    }
}
