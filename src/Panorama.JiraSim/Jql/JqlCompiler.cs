using System.Globalization;
using Panorama.JiraSim.Model;
using Panorama.JiraSim.State;

namespace Panorama.JiraSim.Jql;

/// <summary>Turns a parsed condition into a predicate over issues, resolving names against the site as Jira does.</summary>
internal static class JqlCompiler
{
    public static Func<SimIssue, bool> Compile(JqlNode? node, JqlContext context) => node switch
    {
        null => static _ => true,
        JqlAnd and => Both(Compile(and.Left, context), Compile(and.Right, context)),
        JqlOr or => Either(Compile(or.Left, context), Compile(or.Right, context)),
        JqlNot not => Negate(Compile(not.Inner, context)),
        JqlClause clause => Clause(clause, context),
        _ => throw new JqlException("Error in the JQL Query."),
    };

    private static Func<SimIssue, bool> Both(Func<SimIssue, bool> a, Func<SimIssue, bool> b) => issue => a(issue) && b(issue);

    private static Func<SimIssue, bool> Either(Func<SimIssue, bool> a, Func<SimIssue, bool> b) => issue => a(issue) || b(issue);

    private static Func<SimIssue, bool> Negate(Func<SimIssue, bool> a) => issue => !a(issue);

    private static Func<SimIssue, bool> Clause(JqlClause clause, JqlContext context)
    {
        var field = clause.Field.ToLowerInvariant();
        switch (field)
        {
            case "project":
                return Membership(clause, v => ResolveProject(v, context).Id, issue => issue.Project.Id);
            case "id" or "issue" or "issuekey" or "key":
                return IssueIdentity(clause, context);
            case "updated" or "updateddate":
                return DateTimes(clause, context, issue => issue.Updated);
            case "created" or "createddate":
                return DateTimes(clause, context, issue => issue.Created);
            case "resolutiondate" or "resolved":
                return DateTimes(clause, context, issue => issue.ResolutionDate);
            case "duedate" or "due":
                return Dates(clause, context, issue => issue.DueDate);
            case "issuetype" or "type":
                return MembershipOfMany(clause, v => ResolveIssueTypes(v, context), issue => issue.Type.Id);
            case "status":
                return Membership(clause, v => ResolveStatus(v, context).Id, issue => issue.Status.Id);
            case "statuscategory":
                return Membership(clause, ResolveCategory, issue => issue.Status.Category.Id);
            case "assignee" or "reporter":
                Func<SimIssue, string?> user = field == "assignee" ? issue => issue.AssigneeId : issue => issue.ReporterId;
                return Membership(clause, v => ResolveUser(v, clause.Field, context), issue => user(issue) ?? "");
            case "parent":
                return Membership(clause, v => ResolveIssue(v, "parent", context)?.Id ?? -1, issue => issue.ParentId ?? -1);
            case "summary" or "text":
                return Text(clause, issue => issue.Summary);
            case "labels":
                return Labels(clause);
            default:
                return CustomField(clause, context);
        }
    }

    private static Func<SimIssue, bool> CustomField(JqlClause clause, JqlContext context)
    {
        var def = context.Catalog.Fields.FirstOrDefault(f =>
            f.Searchable && f.ClauseNames.Any(n => string.Equals(n, clause.Field, StringComparison.OrdinalIgnoreCase)));
        return def?.Kind switch
        {
            FieldKind.StartDate => Dates(clause, context, issue => issue.StartDate),
            FieldKind.TargetStart => Dates(clause, context, issue => issue.TargetStart),
            FieldKind.TargetEnd => Dates(clause, context, issue => issue.TargetEnd),
            FieldKind.StoryPoints => Numbers(clause, issue => issue.StoryPoints),
            _ => throw new JqlException($"Field '{clause.Field}' does not exist or you do not have permission to view it."),
        };
    }

    /// <summary>=, !=, IN, NOT IN, IS (NOT) EMPTY over a value the issue has exactly one of.</summary>
    private static Func<SimIssue, bool> Membership<T>(JqlClause clause, Func<JqlValue, T> resolve, Func<SimIssue, T> select)
        where T : notnull => MembershipOfMany(clause, v => [resolve(v)], select);

    private static Func<SimIssue, bool> MembershipOfMany<T>(JqlClause clause, Func<JqlValue, IEnumerable<T>> resolve, Func<SimIssue, T> select)
        where T : notnull
    {
        var empty = clause.Values.Any(v => v.Kind == JqlValueKind.Empty);
        var set = clause.Values.Where(v => v.Kind != JqlValueKind.Empty).SelectMany(resolve).ToHashSet();
        var isEmpty = EmptyTest(select);
        return clause.Operator switch
        {
            JqlOperator.Equals or JqlOperator.In or JqlOperator.Is => issue => (empty && isEmpty(issue)) || set.Contains(select(issue)),
            JqlOperator.NotEquals or JqlOperator.NotIn or JqlOperator.IsNot =>
                issue => !(empty && isEmpty(issue)) && !set.Contains(select(issue)) && (empty || !isEmpty(issue)),
            _ => throw Unsupported(clause),
        };
    }

    private static Func<SimIssue, bool> EmptyTest<T>(Func<SimIssue, T> select) =>
        issue => select(issue) switch
        {
            string s => s.Length == 0,
            long l => l < 0,
            _ => false,
        };

    private static Func<SimIssue, bool> IssueIdentity(JqlClause clause, JqlContext context)
    {
        if (clause.Operator is JqlOperator.Equals or JqlOperator.NotEquals or JqlOperator.In or JqlOperator.NotIn)
        {
            return Membership(clause, v => ResolveIssue(v, clause.Field, context)?.Id ?? -1, issue => issue.Id);
        }

        var value = clause.Values[0];
        if (long.TryParse(value.Text, NumberStyles.None, CultureInfo.InvariantCulture, out var id))
        {
            return Compare(clause, issue => (long?)issue.Id, id);
        }

        var pivot = ResolveIssue(value, clause.Field, context)!;
        var projectId = pivot.Project.Id;
        var number = KeyNumber(pivot.Key);
        var compare = Compare(clause, issue => (long?)KeyNumber(issue.Key), number);
        return issue => issue.Project.Id == projectId && compare(issue);
    }

    private static long KeyNumber(string key) => long.Parse(key.AsSpan(key.LastIndexOf('-') + 1), CultureInfo.InvariantCulture);

    private static Func<SimIssue, bool> DateTimes(JqlClause clause, JqlContext context, Func<SimIssue, DateTimeOffset?> select)
    {
        if (clause.Operator is JqlOperator.Is or JqlOperator.IsNot)
        {
            return clause.Operator == JqlOperator.Is ? issue => select(issue) is null : issue => select(issue) is not null;
        }

        if (clause.Operator is JqlOperator.In or JqlOperator.NotIn)
        {
            var set = clause.Values.Select(v => JqlDates.Resolve(v, clause.Field, context.Now)).ToHashSet();
            var negate = clause.Operator == JqlOperator.NotIn;
            return issue => select(issue) is { } value && set.Contains(value) != negate;
        }

        var pivot = JqlDates.Resolve(clause.Values[0], clause.Field, context.Now).ToUnixTimeMilliseconds();
        return Compare(clause, issue => select(issue)?.ToUnixTimeMilliseconds(), pivot);
    }

    private static Func<SimIssue, bool> Dates(JqlClause clause, JqlContext context, Func<SimIssue, DateOnly?> select)
    {
        if (clause.Operator is JqlOperator.Is or JqlOperator.IsNot)
        {
            return clause.Operator == JqlOperator.Is ? issue => select(issue) is null : issue => select(issue) is not null;
        }

        if (clause.Operator is JqlOperator.In or JqlOperator.NotIn)
        {
            throw Unsupported(clause);
        }

        var pivot = DateOnly.FromDateTime(JqlDates.Resolve(clause.Values[0], clause.Field, context.Now).UtcDateTime).DayNumber;
        return Compare(clause, issue => select(issue)?.DayNumber, (long)pivot);
    }

    private static Func<SimIssue, bool> Numbers(JqlClause clause, Func<SimIssue, double?> select)
    {
        if (clause.Operator is JqlOperator.Is or JqlOperator.IsNot)
        {
            return clause.Operator == JqlOperator.Is ? issue => select(issue) is null : issue => select(issue) is not null;
        }

        if (!double.TryParse(clause.Values[0].Text, NumberStyles.Float, CultureInfo.InvariantCulture, out var pivot))
        {
            throw new JqlException($"The value '{clause.Values[0].Text}' for field '{clause.Field}' is invalid.");
        }

        return clause.Operator switch
        {
            JqlOperator.Equals => issue => select(issue) == pivot,
            JqlOperator.NotEquals => issue => select(issue) is { } v && v != pivot,
            JqlOperator.Greater => issue => select(issue) > pivot,
            JqlOperator.GreaterOrEqual => issue => select(issue) >= pivot,
            JqlOperator.Less => issue => select(issue) < pivot,
            JqlOperator.LessOrEqual => issue => select(issue) <= pivot,
            _ => throw Unsupported(clause),
        };
    }

    private static Func<SimIssue, bool> Compare<T>(JqlClause clause, Func<SimIssue, T?> select, T pivot)
        where T : struct, IComparable<T> => clause.Operator switch
        {
            JqlOperator.Equals => issue => select(issue) is { } v && v.CompareTo(pivot) == 0,
            JqlOperator.NotEquals => issue => select(issue) is { } v && v.CompareTo(pivot) != 0,
            JqlOperator.Greater => issue => select(issue) is { } v && v.CompareTo(pivot) > 0,
            JqlOperator.GreaterOrEqual => issue => select(issue) is { } v && v.CompareTo(pivot) >= 0,
            JqlOperator.Less => issue => select(issue) is { } v && v.CompareTo(pivot) < 0,
            JqlOperator.LessOrEqual => issue => select(issue) is { } v && v.CompareTo(pivot) <= 0,
            _ => throw Unsupported(clause),
        };

    private static Func<SimIssue, bool> Text(JqlClause clause, Func<SimIssue, string> select)
    {
        var needle = clause.Values[0].Text.Trim('*');
        return clause.Operator switch
        {
            JqlOperator.Contains => issue => select(issue).Contains(needle, StringComparison.OrdinalIgnoreCase),
            JqlOperator.NotContains => issue => !select(issue).Contains(needle, StringComparison.OrdinalIgnoreCase),
            _ => throw Unsupported(clause),
        };
    }

    private static Func<SimIssue, bool> Labels(JqlClause clause)
    {
        var wanted = clause.Values.Where(v => v.Kind != JqlValueKind.Empty).Select(v => v.Text).ToHashSet(StringComparer.Ordinal);
        var empty = clause.Values.Any(v => v.Kind == JqlValueKind.Empty);
        Func<SimIssue, bool> has = issue => (empty && issue.Labels.Count == 0) || issue.Labels.Any(wanted.Contains);
        return clause.Operator switch
        {
            JqlOperator.Equals or JqlOperator.In or JqlOperator.Is => has,
            JqlOperator.NotEquals or JqlOperator.NotIn or JqlOperator.IsNot => issue => !has(issue),
            _ => throw Unsupported(clause),
        };
    }

    private static SimProject ResolveProject(JqlValue value, JqlContext context) =>
        context.Catalog.Project(value.Text)
        ?? context.Catalog.Projects.FirstOrDefault(p => string.Equals(p.Name, value.Text, StringComparison.OrdinalIgnoreCase))
        ?? throw new JqlException($"The value '{value.Text}' does not exist for the field 'project'.");

    private static List<long> ResolveIssueTypes(JqlValue value, JqlContext context)
    {
        if (value.Kind == JqlValueKind.Function)
        {
            return value.Text.ToLowerInvariant() switch
            {
                "standardissuetypes" => context.Catalog.IssueTypes.Where(t => !t.Subtask).Select(t => t.Id).ToList(),
                "subtaskissuetypes" => context.Catalog.IssueTypes.Where(t => t.Subtask).Select(t => t.Id).ToList(),
                _ => throw new JqlException($"Unable to find JQL function '{value.Text}()'."),
            };
        }

        return [(context.Catalog.IssueType(value.Text) ?? throw new JqlException($"The value '{value.Text}' does not exist for the field 'issuetype'.")).Id];
    }

    private static SimStatus ResolveStatus(JqlValue value, JqlContext context) =>
        context.Catalog.Status(value.Text) ?? throw new JqlException($"The value '{value.Text}' does not exist for the field 'status'.");

    private static long ResolveCategory(JqlValue value) =>
        StatusCategoryDef.All.FirstOrDefault(c =>
            string.Equals(c.Name, value.Text, StringComparison.OrdinalIgnoreCase) ||
            string.Equals(c.Key, value.Text, StringComparison.OrdinalIgnoreCase) ||
            c.Id.ToString(CultureInfo.InvariantCulture) == value.Text)?.Id
        ?? throw new JqlException($"The value '{value.Text}' does not exist for the field 'statusCategory'.");

    private static string ResolveUser(JqlValue value, string field, JqlContext context)
    {
        if (value.Kind == JqlValueKind.Function)
        {
            return string.Equals(value.Text, "currentUser", StringComparison.OrdinalIgnoreCase)
                ? context.CurrentAccountId
                : throw new JqlException($"Unable to find JQL function '{value.Text}()'.");
        }

        return (context.Catalog.Users.ByAccountId(value.Text) ?? context.Catalog.Users.ByEmail(value.Text))?.AccountId
               ?? throw new JqlException($"The value '{value.Text}' does not exist for the field '{field}'.");
    }

    /// <summary>Numeric ids that do not exist match nothing; unknown keys are an error, as on Jira.</summary>
    private static SimIssue? ResolveIssue(JqlValue value, string field, JqlContext context)
    {
        if (long.TryParse(value.Text, NumberStyles.None, CultureInfo.InvariantCulture, out var id))
        {
            return context.State.IssuesById.GetValueOrDefault(id);
        }

        return context.State.IssuesByKey.GetValueOrDefault(value.Text)
               ?? throw new JqlException($"An issue with key '{value.Text}' does not exist for field '{field}'.");
    }

    private static JqlException Unsupported(JqlClause clause) =>
        new($"The operator '{OperatorText(clause.Operator)}' is not supported by the '{clause.Field}' field.");

    private static string OperatorText(JqlOperator op) => op switch
    {
        JqlOperator.Equals => "=",
        JqlOperator.NotEquals => "!=",
        JqlOperator.In => "in",
        JqlOperator.NotIn => "not in",
        JqlOperator.Greater => ">",
        JqlOperator.GreaterOrEqual => ">=",
        JqlOperator.Less => "<",
        JqlOperator.LessOrEqual => "<=",
        JqlOperator.Is => "is",
        JqlOperator.IsNot => "is not",
        JqlOperator.Contains => "~",
        _ => "!~",
    };
}
