namespace Panorama.JiraSim.Model;

/// <summary>Jira's three status categories; their ids and keys are the same on every Cloud site.</summary>
internal sealed record StatusCategoryDef(int Id, string Key, string ColorName, string Name)
{
    public static StatusCategoryDef ToDo { get; } = new(2, "new", "blue-gray", "To Do");

    public static StatusCategoryDef InProgress { get; } = new(4, "indeterminate", "yellow", "In Progress");

    public static StatusCategoryDef Done { get; } = new(3, "done", "green", "Done");

    public static IReadOnlyList<StatusCategoryDef> All { get; } = [ToDo, InProgress, Done];
}
