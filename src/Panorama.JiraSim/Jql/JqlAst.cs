namespace Panorama.JiraSim.Jql;

/// <summary>A parsed JQL query: an optional condition and the ORDER BY list.</summary>
internal sealed record JqlQuery(JqlNode? Where, IReadOnlyList<JqlSort> OrderBy)
{
    /// <summary>Jira rejects queries without a search restriction ("order by key desc") on search/jql.</summary>
    public bool IsBounded => Where is not null;
}

internal abstract record JqlNode;

internal sealed record JqlAnd(JqlNode Left, JqlNode Right) : JqlNode;

internal sealed record JqlOr(JqlNode Left, JqlNode Right) : JqlNode;

internal sealed record JqlNot(JqlNode Inner) : JqlNode;

/// <summary><c>field op value</c>; <see cref="Values"/> has several entries for <c>in (...)</c>.</summary>
internal sealed record JqlClause(string Field, JqlOperator Operator, IReadOnlyList<JqlValue> Values) : JqlNode;

internal enum JqlOperator
{
    Equals,
    NotEquals,
    In,
    NotIn,
    Greater,
    GreaterOrEqual,
    Less,
    LessOrEqual,
    Is,
    IsNot,
    Contains,
    NotContains,
}

internal enum JqlValueKind
{
    Text,
    Function,
    Empty,
}

/// <summary>A literal (quoted or not), a function call such as <c>currentUser()</c>, or EMPTY/NULL.</summary>
internal sealed record JqlValue(JqlValueKind Kind, string Text, IReadOnlyList<string> Arguments)
{
    public static JqlValue Empty { get; } = new(JqlValueKind.Empty, "EMPTY", []);

    public static JqlValue Literal(string text) => new(JqlValueKind.Text, text, []);
}

internal sealed record JqlSort(string Field, bool Descending);
