using Panorama.JiraSim;

namespace Panorama.Web.Demo;

/// <summary>What the demo prints once it serves: where to go, how to sign in, and each simulated site.</summary>
internal static class DemoBanner
{
    public static async Task WriteAsync(TextWriter output, string url, DemoAdmin admin, SimulatedJira jira, DemoSeeded seeded,
        CancellationToken cancellationToken)
    {
        await output.WriteLineAsync();
        await output.WriteLineAsync($"Panorama demo is ready: {url}");
        await output.WriteLineAsync($"  sign in:   {admin.Email} / {admin.Password ?? "(the password in PANORAMA_ADMIN_PASSWORD)"}");
        await output.WriteLineAsync($"  portfolio: {url}/boxes/{seeded.Portfolio.Id} ({seeded.Boxes.Count} boxes in all)");
        foreach (var site in jira.Sites)
        {
            await output.WriteLineAsync($"  Jira site {site.Name}{(site == jira.Sites[0] ? " (primary)" : "")}: {site.BaseUrl}  " +
                                        $"control API: {site.BaseUrl}/_sim");
        }

        // One change to try, as a Jira user would make it: the box shows it within a second.
        var first = jira.Sites[0];
        var key = first.State.Issues()[0].Key;
        await output.WriteLineAsync($"Try: curl -X PUT {first.BaseUrl}/_sim/issues/{key} -H 'content-type: application/json' " +
                                    "-d '{\"fields\":{\"summary\":\"Renamed in Jira\"}}'");

        await output.WriteLineAsync("Press Ctrl+C to stop.");
        await output.FlushAsync(cancellationToken);
    }
}
