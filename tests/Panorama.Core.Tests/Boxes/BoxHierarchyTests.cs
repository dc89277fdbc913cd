using Panorama.Core.Boxes;

namespace Panorama.Core.Tests.Boxes;

public sealed class BoxHierarchyTests
{
    private static readonly Guid Portfolio = Guid.NewGuid();
    private static readonly Guid Program = Guid.NewGuid();
    private static readonly Guid Project = Guid.NewGuid();
    private static readonly Guid Sprint = Guid.NewGuid();

    // Portfolio > Program > Project > Sprint
    private static BoxHierarchy Hierarchy() => BoxHierarchy.Empty
        .Create(Portfolio, "Portfolio", BoxType.Portfolio, null, BoxPeriod.Open).Value.Hierarchy
        .Create(Program, "Program", BoxType.Program, Portfolio, BoxPeriod.Open).Value.Hierarchy
        .Create(Project, "Project", BoxType.Project, Program, BoxPeriod.Open).Value.Hierarchy
        .Create(Sprint, "Sprint 1", BoxType.Iteration, Project, BoxPeriod.Open).Value.Hierarchy;

    [Fact]
    public void Move_ShouldRefuseACycle_WithAMessageNamingThePath()
    {
        var move = Hierarchy().Move(Program, Sprint);

        Assert.False(move.IsOk);
        Assert.Equal(
            "Box 'Program' cannot move under 'Sprint 1': 'Sprint 1' is inside it ('Program' > 'Project' > 'Sprint 1'), so the move " +
            "would make a cycle. Choose a parent outside 'Program', or move 'Sprint 1' out first.",
            move.Refusal);
    }

    [Fact]
    public void Move_ShouldRefuseMakingABoxItsOwnParent() =>
        Assert.Contains("cannot be its own parent", Hierarchy().Move(Program, Program).Refusal, StringComparison.Ordinal);

    [Fact]
    public void Move_ShouldReParent_AndReportTheChangedBox()
    {
        var change = Hierarchy().Move(Sprint, Program).Value;

        Assert.Equal(Program, change.Hierarchy.Find(Sprint)!.ParentId);
        Assert.Equal([Sprint], change.Changed.Select(b => b.Id));
        Assert.Equal(["Project", "Sprint 1"], change.Hierarchy.Children(Program).Select(b => b.Name));
        Assert.Null(change.Hierarchy.Move(Sprint, null).Value.Hierarchy.Find(Sprint)!.ParentId);
    }

    [Fact]
    public void Archive_ShouldArchiveTheSubtree_AndRefuseChangesUntilRestored()
    {
        var archived = Hierarchy().Archive(Program).Value;

        Assert.Equal(3, archived.Changed.Count);
        Assert.All(archived.Hierarchy.Descendants(Program), b => Assert.True(b.IsArchived));
        Assert.Contains("is archived. Restore it", archived.Hierarchy.Rename(Project, "X").Refusal, StringComparison.Ordinal);
        Assert.Contains("is archived and cannot take sub-boxes",
            archived.Hierarchy.Create(Guid.NewGuid(), "New", BoxType.Project, Program, BoxPeriod.Open).Refusal, StringComparison.Ordinal);
        Assert.Contains("inside the archived box 'Program'", archived.Hierarchy.Restore(Project).Refusal, StringComparison.Ordinal);
        Assert.False(archived.Hierarchy.Restore(Program).Value.Hierarchy.Find(Sprint)!.IsArchived);
    }

    [Fact]
    public void Rename_ShouldTrim_AndRefuseAnEmptyName()
    {
        Assert.Equal("Program Z", Hierarchy().Rename(Program, "  Program Z ").Value.Hierarchy.Find(Program)!.Name);
        Assert.Contains("needs a name", Hierarchy().Rename(Program, "  ").Refusal, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_ShouldRefuseAMissingParent_AndADuplicateId()
    {
        Assert.Contains("does not exist", Hierarchy().Create(Guid.NewGuid(), "X", BoxType.Project, Guid.NewGuid(), BoxPeriod.Open).Refusal,
            StringComparison.Ordinal);
        Assert.Contains("already exists", Hierarchy().Create(Program, "X", BoxType.Project, null, BoxPeriod.Open).Refusal, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_ShouldRefuseStoredBoxesThatFormACycle()
    {
        var a = Guid.NewGuid();
        var b = Guid.NewGuid();

        var load = BoxHierarchy.Load([new Box(a, "A", BoxType.Program, b, BoxPeriod.Open), new Box(b, "B", BoxType.Program, a, BoxPeriod.Open)]);

        Assert.Contains("inside itself", load.Refusal, StringComparison.Ordinal);
    }

    [Fact]
    public void PathTo_ShouldListTheBoxesFromTheTop() =>
        Assert.Equal(["Portfolio", "Program", "Project", "Sprint 1"], Hierarchy().PathTo(Sprint).Select(b => b.Name));
}
