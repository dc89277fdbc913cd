using System.Text;

namespace Panorama.Core.Scope;

/// <summary>Pieces of JQL text built safely.</summary>
public static class Jql
{
    /// <summary>
    /// A JQL string literal: always double-quoted, with <c>"</c> and <c>\</c> escaped, so a project key that is a
    /// reserved word (<c>AND</c>, <c>EMPTY</c>) or holds odd characters cannot change the query.
    /// </summary>
    public static string Quote(string value)
    {
        var builder = new StringBuilder(value.Length + 2).Append('"');
        foreach (var c in value)
        {
            if (c is '"' or '\\')
            {
                builder.Append('\\');
            }

            builder.Append(c switch
            {
                '\n' => ' ',
                '\r' => ' ',
                '\t' => ' ',
                _ => c,
            });
        }

        return builder.Append('"').ToString();
    }

    /// <summary><c>project in ("A", "B")</c>.</summary>
    public static string ProjectIn(IEnumerable<string> projectKeys) =>
        $"project in ({string.Join(", ", projectKeys.Select(Quote))})";

    /// <summary>Wraps a clause in parentheses so <c>OR</c> and <c>AND</c> inside it bind as the user wrote them.</summary>
    public static string Group(string clause) => $"({clause})";
}
