using System.Text.Json;
using Panorama.Jira.Model;

namespace Panorama.Jira.Tests.Model;

public sealed class JiraRichTextTests
{
    [Fact]
    public void From_ShouldReadAdf_AsOneLinePerBlock()
    {
        using var document = JsonDocument.Parse("""
            {"type":"doc","version":1,"content":[
              {"type":"heading","attrs":{"level":1},"content":[{"type":"text","text":"Title"}]},
              {"type":"paragraph","content":[{"type":"text","text":"Ask "},{"type":"mention","attrs":{"id":"1","text":"@Ann"}},
                {"type":"text","text":" today"},{"type":"hardBreak"},{"type":"text","text":"please"}]},
              {"type":"bulletList","content":[{"type":"listItem","content":[{"type":"paragraph","content":[{"type":"text","text":"one"}]}]}]}]}
            """);

        var text = JiraRichText.From(document.RootElement)!;

        Assert.True(text.IsAdf);
        Assert.Equal("Title\nAsk @Ann today\nplease\none", text.ToPlainText().Replace("\n\n", "\n", StringComparison.Ordinal));
    }

    [Fact]
    public void From_ShouldReadAV2String_AndNothingForOtherShapes()
    {
        using var document = JsonDocument.Parse("""["h1. Title", 3, {"type":"paragraph"}, null]""");
        var values = document.RootElement.EnumerateArray().ToList();

        Assert.Equal("h1. Title", JiraRichText.From(values[0])!.ToPlainText());
        Assert.False(JiraRichText.From(values[0])!.IsAdf);
        Assert.Null(JiraRichText.From(values[1]));
        Assert.Null(JiraRichText.From(values[2]));
        Assert.Null(JiraRichText.From(values[3]));
        Assert.Null(JiraRichText.From(null));
    }
}
