using System.Text;

namespace Panorama.JiraSim.Jql;

internal enum JqlTokenKind
{
    Word,
    Quoted,
    Operator,
    OpenParen,
    CloseParen,
    Comma,
    End,
}

/// <summary>A token with its 1-based character position, which error messages quote as Jira does.</summary>
internal readonly record struct JqlToken(JqlTokenKind Kind, string Text, int Position)
{
    public bool IsWord(string keyword) => Kind == JqlTokenKind.Word && string.Equals(Text, keyword, StringComparison.OrdinalIgnoreCase);

    public string Describe() => Kind == JqlTokenKind.End ? "EOF" : Text;
}

/// <summary>Splits JQL into words, quoted strings, operators, parentheses and commas.</summary>
internal static class JqlLexer
{
    private const string Special = "(),=!<>~\"'";

    public static List<JqlToken> Tokenize(string jql)
    {
        var tokens = new List<JqlToken>();
        var i = 0;
        while (i < jql.Length)
        {
            var c = jql[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }

            var start = i + 1;
            switch (c)
            {
                case '(':
                    tokens.Add(new(JqlTokenKind.OpenParen, "(", start));
                    i++;
                    break;
                case ')':
                    tokens.Add(new(JqlTokenKind.CloseParen, ")", start));
                    i++;
                    break;
                case ',':
                    tokens.Add(new(JqlTokenKind.Comma, ",", start));
                    i++;
                    break;
                case '"' or '\'':
                    tokens.Add(new(JqlTokenKind.Quoted, ReadQuoted(jql, ref i), start));
                    break;
                case '=' or '!' or '<' or '>' or '~':
                    tokens.Add(new(JqlTokenKind.Operator, ReadOperator(jql, ref i), start));
                    break;
                default:
                    var begin = i;
                    while (i < jql.Length && !char.IsWhiteSpace(jql[i]) && !Special.Contains(jql[i], StringComparison.Ordinal))
                    {
                        i++;
                    }

                    tokens.Add(new(JqlTokenKind.Word, jql[begin..i], start));
                    break;
            }
        }

        tokens.Add(new(JqlTokenKind.End, "", jql.Length + 1));
        return tokens;
    }

    private static string ReadOperator(string jql, ref int i)
    {
        var c = jql[i++];
        if (i < jql.Length && jql[i] == '=' && c is '!' or '<' or '>')
        {
            i++;
            return c + "=";
        }

        if (c == '!' && i < jql.Length && jql[i] == '~')
        {
            i++;
            return "!~";
        }

        if (c == '!')
        {
            throw new JqlException($"Error in the JQL Query: The character '!' is a reserved JQL character. You must enclose it in a string or use the escape '\\u0021' instead. (line 1, character {i})");
        }

        return c.ToString();
    }

    private static string ReadQuoted(string jql, ref int i)
    {
        var quote = jql[i];
        var start = i + 1;
        var text = new StringBuilder();
        i++;
        while (i < jql.Length && jql[i] != quote)
        {
            if (jql[i] == '\\' && i + 1 < jql.Length)
            {
                i++;
            }

            text.Append(jql[i]);
            i++;
        }

        if (i >= jql.Length)
        {
            throw new JqlException($"Error in the JQL Query: The quoted string '{text}' has not been completed. (line 1, character {start})");
        }

        i++;
        return text.ToString();
    }
}
