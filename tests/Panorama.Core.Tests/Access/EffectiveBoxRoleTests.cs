using Panorama.Core.Access;

namespace Panorama.Core.Tests.Access;

public sealed class EffectiveBoxRoleTests
{
    // portfolio -> program -> project -> iteration; a sibling program beside it.
    private static readonly Guid Portfolio = Guid.Parse("00000000-0000-0000-0000-000000000001");
    private static readonly Guid Program = Guid.Parse("00000000-0000-0000-0000-000000000002");
    private static readonly Guid Project = Guid.Parse("00000000-0000-0000-0000-000000000003");
    private static readonly Guid Iteration = Guid.Parse("00000000-0000-0000-0000-000000000004");
    private static readonly Guid OtherProgram = Guid.Parse("00000000-0000-0000-0000-000000000005");

    private static readonly Dictionary<Guid, Guid?> Parents = new()
    {
        [Portfolio] = null,
        [Program] = Portfolio,
        [Project] = Program,
        [Iteration] = Project,
        [OtherProgram] = Portfolio,
    };

    private static readonly Guid[] IterationLine = [Iteration, Project, Program, Portfolio];

    [Fact]
    public void Of_ShouldInheritARoleGrantedOnAnAncestor()
    {
        var role = EffectiveBoxRole.Of(IterationLine, [new BoxRoleGrant(Program, BoxRole.Editor)], isApplicationAdministrator: false);

        Assert.Equal(BoxRole.Editor, role);
    }

    [Fact]
    public void Of_ShouldTakeTheHighestRole_WhenSeveralGrantsApply()
    {
        BoxRoleGrant[] grants = [new(Iteration, BoxRole.Viewer), new(Portfolio, BoxRole.Admin), new(Project, BoxRole.Editor)];

        Assert.Equal(BoxRole.Admin, EffectiveBoxRole.Of(IterationLine, grants, isApplicationAdministrator: false));
    }

    [Fact]
    public void Of_ShouldNotLetARoleOnADescendantOrSiblingApplyUpwards()
    {
        BoxRoleGrant[] grants = [new(Iteration, BoxRole.Admin), new(OtherProgram, BoxRole.Admin)];

        Assert.Null(EffectiveBoxRole.Of([Program, Portfolio], grants, isApplicationAdministrator: false));
    }

    [Fact]
    public void Of_ShouldMakeAnApplicationAdministratorBoxAdmin_WithoutAnyGrant()
    {
        Assert.Equal(BoxRole.Admin, EffectiveBoxRole.Of(IterationLine, [], isApplicationAdministrator: true));
    }

    [Theory]
    [InlineData(null, BoxRole.Viewer, false)]
    [InlineData(BoxRole.Viewer, BoxRole.Viewer, true)]
    [InlineData(BoxRole.Viewer, BoxRole.Editor, false)]
    [InlineData(BoxRole.Editor, BoxRole.Viewer, true)]
    [InlineData(BoxRole.Admin, BoxRole.Editor, true)]
    [InlineData(BoxRole.Editor, BoxRole.Admin, false)]
    public void Allows_ShouldCompareRolesInOrder(BoxRole? held, BoxRole minimum, bool expected)
    {
        Assert.Equal(expected, held.Allows(minimum));
    }

    [Fact]
    public void InTree_ShouldGiveEachVisibleBoxItsHighestInheritedRole()
    {
        BoxRoleGrant[] grants = [new(Program, BoxRole.Viewer), new(Project, BoxRole.Admin)];

        var roles = EffectiveBoxRole.InTree(Parents, grants, isApplicationAdministrator: false);

        Assert.Equal(3, roles.Count);
        Assert.Equal(BoxRole.Viewer, roles[Program]);
        Assert.Equal(BoxRole.Admin, roles[Project]);
        Assert.Equal(BoxRole.Admin, roles[Iteration]);
        Assert.False(roles.ContainsKey(Portfolio));
        Assert.False(roles.ContainsKey(OtherProgram));
    }

    [Fact]
    public void InTree_ShouldAgreeWithOf_ForEveryBox()
    {
        var seed = Environment.TickCount;
        var random = new Random(seed);
        var boxes = Enumerable.Range(0, 60).Select(_ => Guid.NewGuid()).ToList();
        var parents = new Dictionary<Guid, Guid?>();
        for (var i = 0; i < boxes.Count; i++)
        {
            parents[boxes[i]] = i == 0 || random.Next(5) == 0 ? null : boxes[random.Next(i)];
        }

        var grants = Enumerable.Range(0, 10)
            .Select(_ => new BoxRoleGrant(boxes[random.Next(boxes.Count)], (BoxRole)random.Next(1, 4)))
            .ToList();

        var tree = EffectiveBoxRole.InTree(parents, grants, isApplicationAdministrator: false);

        foreach (var box in boxes)
        {
            var line = new List<Guid>();
            for (Guid? id = box; id is { } current; id = parents[current])
            {
                line.Add(current);
            }

            var expected = EffectiveBoxRole.Of(line, grants, isApplicationAdministrator: false);
            Assert.True(expected == (tree.TryGetValue(box, out var role) ? role : null), $"box {boxes.IndexOf(box)} differs (seed {seed})");
        }
    }

    [Fact]
    public void InTree_ShouldStop_WhenBadDataHasAParentCycle()
    {
        var a = Guid.NewGuid();
        var b = Guid.NewGuid();
        var parents = new Dictionary<Guid, Guid?> { [a] = b, [b] = a };

        var roles = EffectiveBoxRole.InTree(parents, [new BoxRoleGrant(a, BoxRole.Editor)], isApplicationAdministrator: false);

        Assert.Equal(BoxRole.Editor, roles[a]);
    }

    [Fact]
    public void InTree_ShouldMakeAnApplicationAdministratorAdminOfEveryBox()
    {
        var roles = EffectiveBoxRole.InTree(Parents, [], isApplicationAdministrator: true);

        Assert.All(Parents.Keys, box => Assert.Equal(BoxRole.Admin, roles[box]));
    }
}
