using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Panorama.Core.Access;
using Panorama.Data;
using Panorama.Data.Audit;
using Panorama.Data.Boxes;
using Panorama.Web.Auth;
using Panorama.Web.Auth.Boxes;
using Panorama.Web.Boxes.Access;
using Panorama.Web.Boxes.Hierarchy;

namespace Panorama.Web.Boxes.Members;

/// <summary><c>/api/boxes/{id}/members</c>: who holds which role; box admins change it.</summary>
internal static class MembersEndpoints
{
    public static void MapMembersEndpoints(this RouteGroupBuilder boxes)
    {
        boxes.MapGet("/{id:guid}/members", ListAsync).RequireBoxRole(BoxRole.Viewer)
            .WithName("ListBoxMembers").WithSummary("List a box's members")
            .WithDescription("Members of the box and, marked inherited, members of the boxes above it (their role applies here too).");
        boxes.MapPost("/{id:guid}/members", AddAsync).RequireBoxRole(BoxRole.Admin)
            .WithName("AddBoxMember").WithSummary("Add a member (or change their role)")
            .WithDescription("By e-mail or user id; role is viewer, editor or admin. Box admins only.");
        boxes.MapPut("/{id:guid}/members/{userId:guid}", (Guid id, Guid userId, SetMemberRoleRequest request, PanoramaDbContext db, ClaimsPrincipal user, IAuditLog audit, TimeProvider time, CancellationToken ct) =>
                SetAsync(id, userId, request.Role, db, user, audit, time, ct)).RequireBoxRole(BoxRole.Admin)
            .WithName("SetBoxMemberRole").WithSummary("Set a member's role");
        boxes.MapDelete("/{id:guid}/members/{userId:guid}", RemoveAsync).RequireBoxRole(BoxRole.Admin)
            .WithName("RemoveBoxMember").WithSummary("Remove a member from a box");
    }

    internal static async Task<Ok<MembersResponse>> ListAsync(Guid id, PanoramaDbContext db, CancellationToken ct)
    {
        var parents = await BoxLines.ParentsAsync(db, ct);
        var line = BoxLines.LineOf(id, parents);
        var names = await db.Boxes.AsNoTracking().Where(b => line.Contains(b.Id)).ToDictionaryAsync(b => b.Id, b => b.Name, ct);
        var rows = await db.BoxMembers.AsNoTracking().Where(m => line.Contains(m.BoxId))
            .Join(db.Users, m => m.UserId, u => u.Id, (m, u) => new { m.BoxId, m.UserId, m.Role, u.Email })
            .ToListAsync(ct);
        var members = rows
            .OrderBy(r => line.IndexOf(r.BoxId)).ThenBy(r => r.Email, StringComparer.OrdinalIgnoreCase)
            .Select(r => new MemberResponse(r.UserId, r.Email, BoxRecords.RoleName(r.Role), r.BoxId != id, r.BoxId, names[r.BoxId]))
            .ToList();
        return TypedResults.Ok(new MembersResponse(members));
    }

    internal static async Task<Results<Ok<MemberResponse>, ProblemHttpResult>> AddAsync(
        Guid id, AddMemberRequest request, PanoramaDbContext db, ClaimsPrincipal user, IAuditLog audit, TimeProvider time, CancellationToken ct)
    {
        var email = request.Email?.Trim().ToUpperInvariant();
        var found = request.UserId is { } userId
            ? await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.Id == userId, ct)
            : email is not null ? await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.NormalizedEmail == email, ct) : null;
        if (request.UserId is null && email is null)
        {
            return BoxProblems.Refused("Name the new member by 'email' or 'userId'.");
        }

        return found is null
            ? BoxProblems.NotFound("User not found", $"No user has {(request.UserId is { } u ? $"the id {u}" : $"the e-mail '{request.Email}'")}: an application administrator creates users (POST /api/users).")
            : await SetAsync(id, found.Id, request.Role, db, user, audit, time, ct);
    }

    private static async Task<Results<Ok<MemberResponse>, ProblemHttpResult>> SetAsync(
        Guid id, Guid userId, string roleText, PanoramaDbContext db, ClaimsPrincipal user, IAuditLog audit, TimeProvider time, CancellationToken ct)
    {
        if (!Enum.TryParse<BoxRole>(roleText.Trim(), ignoreCase: true, out var role) || !Enum.IsDefined(role) || int.TryParse(roleText, out _))
        {
            return BoxProblems.Refused($"'{roleText}' is not a box role. Use viewer, editor or admin.");
        }

        var account = await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.Id == userId, ct);
        if (account is null)
        {
            return BoxProblems.NotFound("User not found", $"No user has the id {userId}: list users with GET /api/users (administrators).");
        }

        var member = await db.BoxMembers.SingleOrDefaultAsync(m => m.BoxId == id && m.UserId == userId, ct);
        var before = member?.Role;
        if (member is null)
        {
            db.BoxMembers.Add(member = new BoxMemberRecord { BoxId = id, UserId = userId, AddedAt = time.GetUtcNow() });
        }

        member.Role = role;
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync(new AuditEvent(BoxAudit.MemberChanged)
        {
            Actor = user.ToAuditActor(),
            TargetType = "box",
            TargetId = id.ToString(),
            Changes = [new AuditFieldChange("role", before is { } b ? BoxRecords.RoleName(b) : null, BoxRecords.RoleName(role))],
            Data = new Dictionary<string, string?> { ["user"] = account.Email },
        }, ct);
        var boxName = await db.Boxes.Where(b => b.Id == id).Select(b => b.Name).SingleAsync(ct);
        return TypedResults.Ok(new MemberResponse(userId, account.Email, BoxRecords.RoleName(role), false, id, boxName));
    }

    internal static async Task<Results<NoContent, ProblemHttpResult>> RemoveAsync(
        Guid id, Guid userId, PanoramaDbContext db, ClaimsPrincipal user, IAuditLog audit, CancellationToken ct)
    {
        var member = await db.BoxMembers.SingleOrDefaultAsync(m => m.BoxId == id && m.UserId == userId, ct);
        if (member is null)
        {
            return BoxProblems.NotFound("Not a member", "This user holds no role on this box itself (an inherited role is removed on the box that grants it).");
        }

        db.BoxMembers.Remove(member);
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync(new AuditEvent(BoxAudit.MemberRemoved)
        {
            Actor = user.ToAuditActor(),
            TargetType = "box",
            TargetId = id.ToString(),
            Data = new Dictionary<string, string?> { ["user"] = userId.ToString() },
        }, ct);
        return TypedResults.NoContent();
    }
}
