namespace Panorama.JiraSim.Commands;

/// <summary>Jira's error texts, in one place so that a wording found on a real site is changed once.</summary>
internal static class Messages
{
    public const string IssueNotFound = "Issue does not exist or you do not have permission to see it.";

    public const string SummaryRequired = "You must specify a summary of the issue.";

    public const string IssueTypeRequired = "Specify an issue type";

    public const string ProjectRequired = "Specify a valid project ID or key";

    public const string Unbounded = "Unbounded JQL queries are not allowed here. Please add a search restriction to your query.";

    public const string SearchRemoved =
        "The requested API has been removed. Please migrate to the /rest/api/3/search/jql API. A full migration guideline is available at https://developer.atlassian.com/changelog/#CHANGE-2046";

    public const string NotAuthenticated = "You are not authenticated. Authentication required to perform this operation.";

    public const string NoBody = "No content to map to Object due to end of input";

    public static string NotOnScreen(string field) => $"Field '{field}' cannot be set. It is not on the appropriate screen, or unknown.";
}
