using Panorama.Jira.Model;
using Panorama.Jira.Serialization;

namespace Panorama.Jira.Client;

internal sealed partial class JiraClient
{
    public Task CreateIssueLinkAsync(string linkTypeId, string inwardIssue, string outwardIssue,
        CancellationToken cancellationToken = default) =>
        SendWithoutResultAsync(new JiraCall(HttpMethod.Post, JiraEndpoints.IssueLinks, JiraEndpoints.IssueLinks)
        {
            Body = JsonBody.Write(w =>
            {
                w.WriteStartObject("type");
                w.WriteString("id", linkTypeId);
                w.WriteEndObject();
                w.WriteIssueReference("inwardIssue", inwardIssue);
                w.WriteIssueReference("outwardIssue", outwardIssue);
            }),
            IssueKeys = [inwardIssue, outwardIssue],
        }, cancellationToken);

    public Task<JiraIssueLinkDetails> GetIssueLinkAsync(string linkId, CancellationToken cancellationToken = default) =>
        SendAsync(new JiraCall(HttpMethod.Get, JiraEndpoints.IssueLink, $"/rest/api/3/issueLink/{JiraEndpoints.Escape(linkId)}"),
            JiraJsonContext.Default.JiraIssueLinkDetails, cancellationToken);

    public Task DeleteIssueLinkAsync(string linkId, CancellationToken cancellationToken = default) =>
        SendWithoutResultAsync(new JiraCall(HttpMethod.Delete, JiraEndpoints.IssueLink,
            $"/rest/api/3/issueLink/{JiraEndpoints.Escape(linkId)}"), cancellationToken);
}
