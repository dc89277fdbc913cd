using System.Text;
using Panorama.Core.Structure;

namespace Panorama.Core.Tests.Structure;

/// <summary>Renders a WBS as indented lines (tasks by issue key, other rows as [label]) for readable assertions.</summary>
internal static class WbsText
{
    public static string Render(WbsTree tree)
    {
        var text = new StringBuilder();
        foreach (var row in tree.Rows)
        {
            text.Append(' ', row.Depth * 2);
            text.AppendLine(tree.TaskOf(row) is { } task ? task.IssueKey : $"[{tree.NodeOf(row)!.Label}]");
        }

        return text.ToString();
    }

    public static string Lines(params string[] lines) => string.Join(Environment.NewLine, lines) + Environment.NewLine;
}
