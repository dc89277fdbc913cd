namespace Panorama.Core.Scope;

/// <summary>
/// Checks a user's JQL before Panorama wraps it in parentheses and combines it with other clauses: unbalanced
/// parentheses would let the text escape its group (a narrowing condition that widens the scope), and an
/// <c>ORDER BY</c> is not allowed inside parentheses. Jira checks the rest when the query runs.
/// </summary>
internal static class JqlClause
{
    public static string? Check(string? jql, string what)
    {
        if (jql is null)
        {
            return null;
        }

        var depth = 0;
        char? quote = null;
        for (var i = 0; i < jql.Length; i++)
        {
            var c = jql[i];
            if (quote is { } open)
            {
                if (c == '\\')
                {
                    i++;
                }
                else if (c == open)
                {
                    quote = null;
                }

                continue;
            }

            switch (c)
            {
                case '"' or '\'':
                    quote = c;
                    break;
                case '(':
                    depth++;
                    break;
                case ')' when --depth < 0:
                    return $"The {what} closes a parenthesis it never opened. Balance the parentheses.";
                case 'o' or 'O' when IsOrderBy(jql, i):
                    return $"The {what} holds ORDER BY; a scope is a set of issues, so leave the ordering out.";
            }
        }

        return quote is not null ? $"The {what} has a quote that is never closed. Close the quote."
            : depth != 0 ? $"The {what} opens a parenthesis it never closes. Balance the parentheses."
            : null;
    }

    private static bool IsOrderBy(string jql, int i)
    {
        if ((i > 0 && char.IsLetterOrDigit(jql[i - 1])) || !jql.AsSpan(i).StartsWith("order", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var rest = jql.AsSpan(i + 5);
        var trimmed = rest.TrimStart();
        return trimmed.Length < rest.Length && trimmed.StartsWith("by", StringComparison.OrdinalIgnoreCase) &&
               (trimmed.Length == 2 || !char.IsLetterOrDigit(trimmed[2]));
    }
}
