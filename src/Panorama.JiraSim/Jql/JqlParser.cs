namespace Panorama.JiraSim.Jql;

/// <summary>
/// Recursive-descent parser for the JQL subset of SPEC 4.4: clauses joined by AND/OR/NOT with parentheses, operators
/// = != &lt; &lt;= &gt; &gt;= ~ !~ IN, NOT IN, IS, IS NOT, values, lists and functions, and ORDER BY.
/// </summary>
internal sealed class JqlParser
{
    private readonly List<JqlToken> _tokens;
    private int _next;

    private JqlParser(string jql) => _tokens = JqlLexer.Tokenize(jql);

    public static JqlQuery Parse(string? jql)
    {
        var parser = new JqlParser(jql ?? "");
        return parser.ParseQuery();
    }

    private JqlToken Peek(int ahead = 0) => _tokens[Math.Min(_next + ahead, _tokens.Count - 1)];

    private JqlToken Take() => _tokens[_next++];

    private JqlQuery ParseQuery()
    {
        JqlNode? where = null;
        if (Peek().Kind != JqlTokenKind.End && !IsOrderBy())
        {
            where = ParseOr();
        }

        var sorts = new List<JqlSort>();
        if (IsOrderBy())
        {
            Take();
            Take();
            do
            {
                var field = Take();
                if (field.Kind is not (JqlTokenKind.Word or JqlTokenKind.Quoted))
                {
                    throw Error($"Expecting a field name but got '{field.Describe()}'", field);
                }

                var descending = false;
                if (Peek().IsWord("desc") || Peek().IsWord("asc"))
                {
                    descending = Take().IsWord("desc");
                }

                sorts.Add(new JqlSort(field.Text, descending));
            }
            while (Peek().Kind == JqlTokenKind.Comma && Take().Kind == JqlTokenKind.Comma);
        }

        var end = Peek();
        if (end.Kind != JqlTokenKind.End)
        {
            throw Error($"Expecting either 'OR' or 'AND' but got '{end.Describe()}'", end);
        }

        return new JqlQuery(where, sorts);
    }

    private bool IsOrderBy() => Peek().IsWord("order") && Peek(1).IsWord("by");

    private JqlNode ParseOr()
    {
        var left = ParseAnd();
        while (Peek().IsWord("or"))
        {
            Take();
            left = new JqlOr(left, ParseAnd());
        }

        return left;
    }

    private JqlNode ParseAnd()
    {
        var left = ParseNot();
        while (Peek().IsWord("and"))
        {
            Take();
            left = new JqlAnd(left, ParseNot());
        }

        return left;
    }

    private JqlNode ParseNot()
    {
        if (Peek().IsWord("not"))
        {
            Take();
            return new JqlNot(ParseNot());
        }

        if (Peek().Kind == JqlTokenKind.OpenParen)
        {
            Take();
            var inner = ParseOr();
            var close = Take();
            if (close.Kind != JqlTokenKind.CloseParen)
            {
                throw Error($"Expecting ')' but got '{close.Describe()}'", close);
            }

            return inner;
        }

        return ParseClause();
    }

    private JqlClause ParseClause()
    {
        var field = Take();
        if (field.Kind is not (JqlTokenKind.Word or JqlTokenKind.Quoted) || IsReserved(field))
        {
            throw Error($"Expecting a field name but got '{field.Describe()}'", field);
        }

        var op = ParseOperator(field.Text);
        var values = op switch
        {
            JqlOperator.In or JqlOperator.NotIn => ParseList(field.Text),
            JqlOperator.Is or JqlOperator.IsNot => [ParseEmpty(field.Text)],
            _ => [ParseValue(field.Text)],
        };
        return new JqlClause(field.Text, op, values);
    }

    private JqlOperator ParseOperator(string field)
    {
        var token = Take();
        if (token.Kind == JqlTokenKind.Operator)
        {
            return token.Text switch
            {
                "=" => JqlOperator.Equals,
                "!=" => JqlOperator.NotEquals,
                ">" => JqlOperator.Greater,
                ">=" => JqlOperator.GreaterOrEqual,
                "<" => JqlOperator.Less,
                "<=" => JqlOperator.LessOrEqual,
                "~" => JqlOperator.Contains,
                _ => JqlOperator.NotContains,
            };
        }

        if (token.IsWord("in"))
        {
            return JqlOperator.In;
        }

        if (token.IsWord("not") && Peek().IsWord("in"))
        {
            Take();
            return JqlOperator.NotIn;
        }

        if (token.IsWord("is"))
        {
            if (Peek().IsWord("not"))
            {
                Take();
                return JqlOperator.IsNot;
            }

            return JqlOperator.Is;
        }

        throw Error($"Expecting operator but got '{token.Describe()}'. The valid operators for field '{field}' are '=', '!=', '<', '>', '<=', '>=', '~', '!~', 'in', 'not in', 'is' and 'is not'", token);
    }

    private List<JqlValue> ParseList(string field)
    {
        if (Peek().Kind == JqlTokenKind.Word && Peek(1).Kind == JqlTokenKind.OpenParen && !IsReserved(Peek()))
        {
            return [ParseValue(field)];
        }

        var open = Take();
        if (open.Kind != JqlTokenKind.OpenParen)
        {
            throw Error($"Expecting '(' but got '{open.Describe()}'", open);
        }

        var values = new List<JqlValue> { ParseValue(field) };
        while (Peek().Kind == JqlTokenKind.Comma)
        {
            Take();
            values.Add(ParseValue(field));
        }

        var close = Take();
        if (close.Kind != JqlTokenKind.CloseParen)
        {
            throw Error($"Expecting ')' but got '{close.Describe()}'", close);
        }

        return values;
    }

    private JqlValue ParseEmpty(string field)
    {
        var token = Take();
        if (token.IsWord("empty") || token.IsWord("null"))
        {
            return JqlValue.Empty;
        }

        throw Error($"Expecting 'EMPTY' or 'NULL' but got '{token.Describe()}'. You must specify a value for the field '{field}'", token);
    }

    private JqlValue ParseValue(string field)
    {
        var token = Take();
        switch (token.Kind)
        {
            case JqlTokenKind.Quoted:
                return JqlValue.Literal(token.Text);
            case JqlTokenKind.Word when token.IsWord("empty") || token.IsWord("null"):
                return JqlValue.Empty;
            case JqlTokenKind.Word when Peek().Kind == JqlTokenKind.OpenParen:
                Take();
                var arguments = new List<string>();
                while (Peek().Kind is JqlTokenKind.Word or JqlTokenKind.Quoted)
                {
                    arguments.Add(Take().Text);
                    if (Peek().Kind == JqlTokenKind.Comma)
                    {
                        Take();
                    }
                }

                var close = Take();
                if (close.Kind != JqlTokenKind.CloseParen)
                {
                    throw Error($"Expecting ')' but got '{close.Describe()}'", close);
                }

                return new JqlValue(JqlValueKind.Function, token.Text, arguments);
            case JqlTokenKind.Word when !IsReserved(token):
                return JqlValue.Literal(token.Text);
            default:
                throw Error($"Expecting either a value, list or function but got '{token.Describe()}'. You must specify a value for the field '{field}'", token);
        }
    }

    private static bool IsReserved(JqlToken token) =>
        token.Kind == JqlTokenKind.Word && (token.IsWord("and") || token.IsWord("or") || token.IsWord("not") ||
                                            token.IsWord("order") || token.IsWord("in") || token.IsWord("is"));

    private static JqlException Error(string message, JqlToken at) =>
        new($"Error in the JQL Query: {message}. (line 1, character {at.Position})");
}
