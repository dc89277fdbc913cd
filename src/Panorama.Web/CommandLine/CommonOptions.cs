using System.CommandLine;
using Panorama.Data.Database;

namespace Panorama.Web.CommandLine;

/// <summary>Options shared by every command that touches the store or runs the host.</summary>
internal static class CommonOptions
{
    public static Option<DatabaseTarget?> Database() => new("--db")
    {
        Description = $"The store to use: {DatabaseTarget.Syntax}. Default: the SQLite file {DatabaseOptions.DefaultSqlitePath}.",
        HelpName = "sqlite:<path>|postgres:<connection string>",
        CustomParser = result =>
        {
            var value = result.Tokens.Count > 0 ? result.Tokens[0].Value : null;
            if (DatabaseTarget.TryParse(value, out var target, out var error))
            {
                return target;
            }

            result.AddError(error);
            return null;
        },
    };

    public static Option<string?> Urls() => new("--urls")
    {
        Description = "Where the web host listens, e.g. http://localhost:5000 (';' separates several).",
        HelpName = "url",
    };
}
