using System.CommandLine;
using Microsoft.Extensions.Options;
using Panorama.Web.Hosting;

namespace Panorama.Web.CommandLine;

/// <summary><c>panorama serve</c>: the web app, API, webhook receiver and workers.</summary>
internal static class ServeCommand
{
    public static Command Create()
    {
        var urls = CommonOptions.Urls();
        var db = CommonOptions.Database();
        var command = new Command(
            "serve",
            "Run the web app, HTTP API, webhook receiver and sync workers. Further --Key=Value arguments set " +
            "configuration, as in any ASP.NET Core host.")
        {
            urls,
            db,
        };

        // Anything else on the line is ASP.NET Core host configuration (e.g. --Jira:AllowInsecureLoopback=true).
        command.TreatUnmatchedTokensAsErrors = false;
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var settings = new HostSettings(parseResult.GetValue(urls), parseResult.GetValue(db), [.. parseResult.UnmatchedTokens]);
            return await RunAsync(settings, parseResult.InvocationConfiguration.Error, cancellationToken);
        });
        return command;
    }

    internal static async Task<int> RunAsync(HostSettings settings, TextWriter error, CancellationToken cancellationToken)
    {
        try
        {
            var app = PanoramaHost.Build(settings);
            await using (app)
            {
                await app.RunAsync(cancellationToken);
            }

            return 0;
        }
        catch (OptionsValidationException ex)
        {
            await error.WriteLineAsync($"panorama: configuration is not valid: {string.Join(" ", ex.Failures)}");
            return 1;
        }
    }
}
