using Microsoft.Extensions.Options;

namespace Panorama.Web.Auth.Seeding;

/// <summary>Refuses to start with an administrator password or API token too weak to be safe, naming the setting.</summary>
internal sealed class FirstAdministratorOptionsValidator : IValidateOptions<FirstAdministratorOptions>
{
    public ValidateOptionsResult Validate(string? name, FirstAdministratorOptions options) =>
        FirstAdministratorOptions.Validate(options) is { } error ? ValidateOptionsResult.Fail(error) : ValidateOptionsResult.Success;
}
