using System.Text.Json;
using Panorama.Jira.Model;
using Panorama.Jira.Serialization;

namespace Panorama.Jira.Tests.Model;

/// <summary>
/// A bulkfetch page read as one document gives the same issues as the source-generated contract, whose
/// <see cref="JiraIssue.Fields"/> is a copy per issue: same id, key, self, every field byte for byte, changelog,
/// names and rendered fields.
/// </summary>
public sealed class IssuePageReadingTests
{
    private static readonly string[] Samples =
    [
        """{"id":"10001","key":"OPS-1","self":"https://x/rest/api/3/issue/10001","fields":{"summary":"Plain","updated":"2026-02-01T10:00:00.000+0100"}}""",
        // Escapes and unicode stay exactly as Jira sent them in the fields' text, and read back the same.
        """{"id":"10002","key":"OPS-2","fields":{"summary":"Quote \" backslash \\ tab \t newline \n \u00e9\u4e2d \ud83d\ude80 café 中文 🚀","labels":["a\/b","\u0000"]}}""",
        // Nulls: a null field, a null key, null names; fields missing altogether; fields null.
        """{"id":"10003","key":null,"fields":{"assignee":null,"duedate":null,"summary":"Nulls"},"names":null}""",
        """{"id":"10004","key":"OPS-4"}""",
        """{"id":"10005","key":"OPS-5","fields":null}""",
        """{"id":10006,"key":"OPS-6","fields":{}}""",
        // Unknown keys are ignored; a duplicate key reads as its last value, as the serializer does.
        """{"expand":"renderedFields,names","id":"1","id":"10007","key":"OPS-7","unknown":{"deep":[1,2,{"x":null}]},"fields":{"summary":"Dup"}}""",
        """{"id":"10008","key":"OPS-8","fields":{"summary":"Expanded"},"names":{"summary":"Summary"},"renderedFields":{"summary":"<p>Expanded</p>"},"changelog":{"total":1,"histories":[{"id":"1","created":"2026-02-01T10:00:00.000+0100","items":[{"field":"summary","fieldId":"summary","fromString":"a","toString":"b"}]}]}}""",
        """{"key":"OPS-9","fields":{"summary":"No id"}}""",
    ];

    public static TheoryData<string> Issues => [.. Samples];

    [Theory]
    [MemberData(nameof(Issues))]
    public void Issue_ShouldReadAsTheSerializerDoes(string json)
    {
        var expected = JsonSerializer.Deserialize(json, JiraJsonContext.Default.JiraIssue)!;
        using var document = JsonDocument.Parse(json);

        var actual = IssuePageReading.Issue(document.RootElement);

        Assert.Equal((expected.Id, expected.Key, expected.Self, expected.NumericId), (actual.Id, actual.Key, actual.Self, actual.NumericId));
        Assert.Equal(expected.Fields.ValueKind, actual.Fields.ValueKind);
        Assert.Equal(Raw(expected.Fields), Raw(actual.Fields));
        Assert.Equal((expected.Summary, expected.Updated, expected.Assignee), (actual.Summary, actual.Updated, actual.Assignee));
        Assert.Equal(Raw(expected.Names), Raw(actual.Names));
        Assert.Equal(Raw(expected.RenderedFields), Raw(actual.RenderedFields));
        Assert.Equal(expected.Changelog?.Total, actual.Changelog?.Total);
        Assert.Equal(expected.Changelog?.Histories.SelectMany(h => h.Items).Select(i => (i.FieldId, i.FromText, i.ToText)),
            actual.Changelog?.Histories.SelectMany(h => h.Items).Select(i => (i.FieldId, i.FromText, i.ToText)));
    }

    [Fact]
    public void Issues_ShouldReadEveryIssueOfThePage_AndItsErrors()
    {
        using var document = JsonDocument.Parse($$"""
            {"issues":[{{string.Join(",", Samples)}}],"issueErrors":[{"id":"99","errorMessage":"Not visible"}]}
            """);

        var issues = IssuePageReading.Issues(document.RootElement);
        var errors = IssuePageReading.Errors(document.RootElement);

        Assert.Equal(Samples.Length, issues.Count);
        Assert.Equal("Quote \" backslash \\ tab \t newline \n é中 🚀 café 中文 🚀", issues[1].Summary);
        Assert.Equal([new JiraIssueError { Id = "99", ErrorMessage = "Not visible" }], errors);
    }

    [Fact]
    public void Issues_ShouldBeEmpty_WhenThePageHasNone()
    {
        using var empty = JsonDocument.Parse("""{"issueErrors":[]}""");
        using var nulls = JsonDocument.Parse("""{"issues":null,"issueErrors":null}""");

        Assert.Empty(IssuePageReading.Issues(empty.RootElement));
        Assert.Empty(IssuePageReading.Issues(nulls.RootElement));
        Assert.Empty(IssuePageReading.Errors(nulls.RootElement));
    }

    [Theory]
    [InlineData("""[]""")]
    [InlineData("""{"issues":{}}""")]
    [InlineData("""{"issues":[{"id":"1","key":7}]}""")]
    [InlineData("""{"issues":[[]]}""")]
    public void Issues_ShouldThrowJsonException_WhenThePageIsNotJirasShape(string json)
    {
        using var document = JsonDocument.Parse(json);

        Assert.Throws<JsonException>(() => IssuePageReading.Issues(document.RootElement));
    }

    private static string? Raw(JsonElement element) => element.ValueKind == JsonValueKind.Undefined ? null : element.GetRawText();

    private static string? Raw(JsonElement? element) => element is { } e ? Raw(e) : null;
}
