namespace Panorama.JiraSim.Rendering;

/// <summary>The <c>expand</c> options the simulator renders; others (renderedFields, transitions...) are accepted and ignored.</summary>
[Flags]
internal enum IssueExpand
{
    None = 0,
    Changelog = 1,
    Editmeta = 2,
    Names = 4,
    Schema = 8,
}

internal static class IssueExpands
{
    public static IssueExpand Parse(IEnumerable<string?>? values)
    {
        var expand = IssueExpand.None;
        foreach (var part in (values ?? []).SelectMany(v => (v ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)))
        {
            expand |= part switch
            {
                "changelog" => IssueExpand.Changelog,
                "editmeta" => IssueExpand.Editmeta,
                "names" => IssueExpand.Names,
                "schema" => IssueExpand.Schema,
                _ => IssueExpand.None,
            };
        }

        return expand;
    }

    /// <summary>Expansions that differ per issue and so bypass the render cache.</summary>
    public static bool IsPerIssue(this IssueExpand expand) => (expand & (IssueExpand.Changelog | IssueExpand.Editmeta)) != 0;
}
