using System.CommandLine;
using Panorama.Core.Connections;
using Panorama.Data.Audit;
using Panorama.Data.Connections;
using Panorama.Sync.Connections;
using Panorama.Sync.Connections.Administration;
using Panorama.Sync.Connections.Mappings;
using Panorama.Web.Hosting;

namespace Panorama.Web.CommandLine;

/// <summary>
/// <c>panorama connection add|list|test</c> (SPEC 4.1): manage connections from the shell, on the store given by
/// <c>--db</c> (the one a running server uses). Exit codes: 0 done and valid, 1 saved or tested but invalid (or a
/// failure), 2 a bad command line.
/// </summary>
internal static class ConnectionCommand
{
    private static readonly AuditActor Shell = new(null, "command line");

    public static Command Create()
    {
        var command = new Command("connection", "Manage connected Jira Cloud sites: add one (and check it), list them, test one.");
        command.Subcommands.Add(Add());
        command.Subcommands.Add(List());
        command.Subcommands.Add(Test());
        return command;
    }

    private static Command Add()
    {
        var name = new Option<string>("--name") { Description = "A short unique name for the site, e.g. beta.", Required = true };
        var url = new Option<string>("--url") { Description = "The site's base URL, e.g. https://beta.atlassian.net.", Required = true };
        var email = new Option<string>("--email") { Description = "The technical user's e-mail (the Atlassian account of the token).", Required = true };
        var tokenFile = new Option<string>("--token-file")
        {
            Description = "A file holding the technical user's API token ('-' reads standard input). The token is never printed.",
            Required = true,
        };
        var primary = new Option<bool>("--primary") { Description = "Make it the primary connection (the first one is primary anyway)." };
        var db = CommonOptions.Database();
        var command = new Command("add", "Add a connection and run its checks (https, Jira Cloud, credentials, Administer Jira, webhook).")
        {
            name, url, email, tokenFile, primary, db,
        };
        command.TreatUnmatchedTokensAsErrors = false;
        command.SetAction(async (parse, ct) =>
        {
            var (output, error) = (parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error);
            var token = await ReadTokenAsync(parse.GetValue(tokenFile)!, error, ct);
            if (token is null)
            {
                return 1;
            }

            return await ConnectionCommandHost.RunAsync(Settings(parse, db), error, async (services, token2) =>
            {
                var admin = services.GetRequiredService<ConnectionAdministration>();
                var change = await admin.CreateAsync(new NewConnection(parse.GetValue(name), parse.GetValue(url), parse.GetValue(email), token,
                    parse.GetValue(primary) ? true : null), Shell, token2);
                return await ReportAsync(change, "saved", output, error);
            }, ct);
        });
        return command;
    }

    private static Command List()
    {
        var db = CommonOptions.Database();
        var command = new Command("list", "List the connections: name, role, status (with the reason when invalid), URL and technical user.") { db };
        command.TreatUnmatchedTokensAsErrors = false;
        command.SetAction((parse, ct) => ConnectionCommandHost.RunAsync(Settings(parse, db), parse.InvocationConfiguration.Error, async (services, token) =>
        {
            var connections = await services.GetRequiredService<ConnectionStore>().ListAsync(token);
            var output = parse.InvocationConfiguration.Output;
            if (connections.Count == 0)
            {
                await output.WriteLineAsync("No connections. Add one with: panorama connection add --name N --url URL --email E --token-file F");
                return 0;
            }

            await output.WriteLineAsync($"{"NAME",-16} {"ROLE",-10} {"STATUS",-10} {"URL",-40} EMAIL");
            foreach (var c in connections)
            {
                await output.WriteLineAsync($"{c.Name,-16} {MappingText.Role(c.Role),-10} {c.Status.ToString().ToLowerInvariant(),-10} {c.BaseUrl,-40} {c.Email}");
                if (c.StatusReason is { } reason)
                {
                    await output.WriteLineAsync($"  reason: {reason}");
                }
            }

            return 0;
        }, ct));
        return command;
    }

    private static Command Test()
    {
        var name = new Argument<string>("NAME") { Description = "The connection's name." };
        var db = CommonOptions.Database();
        var command = new Command("test", "Run the checks of a connection again and print each with its result; its status follows.") { name, db };
        command.TreatUnmatchedTokensAsErrors = false;
        command.SetAction((parse, ct) => ConnectionCommandHost.RunAsync(Settings(parse, db), parse.InvocationConfiguration.Error, async (services, token) =>
        {
            var error = parse.InvocationConfiguration.Error;
            var connection = await services.GetRequiredService<ConnectionStore>().FindByNameAsync(parse.GetValue(name)!, token);
            if (connection is null)
            {
                await error.WriteLineAsync($"panorama: no connection is named '{parse.GetValue(name)}': see 'panorama connection list'.");
                return 1;
            }

            var change = await services.GetRequiredService<ConnectionAdministration>().CheckAsync(connection.Id, Shell, token);
            return await ReportAsync(change, "tested", parse.InvocationConfiguration.Output, error);
        }, ct));
        return command;
    }

    private static HostSettings Settings(ParseResult parse, Option<Data.Database.DatabaseTarget?> db) =>
        new(null, parse.GetValue(db), [.. parse.UnmatchedTokens]);

    private static async Task<string?> ReadTokenAsync(string path, TextWriter error, CancellationToken cancellationToken)
    {
        try
        {
            var text = path == "-" ? await Console.In.ReadToEndAsync(cancellationToken) : await File.ReadAllTextAsync(path, cancellationToken);
            if (!string.IsNullOrWhiteSpace(text))
            {
                return text.Trim();
            }

            await error.WriteLineAsync($"panorama: {path} is empty: put the technical user's API token in it.");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            await error.WriteLineAsync($"panorama: cannot read the token file {path}: {ex.GetType().Name}.");
        }

        return null;
    }

    private static async Task<int> ReportAsync(ConnectionChange change, string verb, TextWriter output, TextWriter error)
    {
        if (change.Status != ConnectionChangeStatus.Done)
        {
            var problems = change.Errors?.SelectMany(e => e.Value.Select(v => $"--{e.Key}: {v}")) ?? [change.Detail ?? "not found"];
            foreach (var problem in problems)
            {
                await error.WriteLineAsync($"panorama: {problem.Replace("--apiToken", "--token-file", StringComparison.Ordinal)}");
            }

            return change.Status == ConnectionChangeStatus.Invalid ? PanoramaCommandLine.UsageError : 1;
        }

        var c = change.Connection!;
        await output.WriteLineAsync($"Connection '{c.Name}' ({MappingText.Role(c.Role)}, {c.BaseUrl}) {verb}: {c.Status.ToString().ToLowerInvariant()}.");
        foreach (var check in change.Checks?.Checks ?? [])
        {
            await output.WriteLineAsync($"  {check.Name,-12} {check.Outcome.ToString().ToLowerInvariant(),-8} {check.Message}");
        }

        foreach (var note in change.Notes)
        {
            await output.WriteLineAsync($"  note: {note}");
        }

        return c.Status == ConnectionStatus.Valid ? 0 : 1;
    }
}
