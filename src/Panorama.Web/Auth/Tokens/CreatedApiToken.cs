using Panorama.Data.Accounts;

namespace Panorama.Web.Auth.Tokens;

/// <summary>A new token and its value: the only moment the value exists outside the caller's hands.</summary>
public sealed record CreatedApiToken(ApiToken Token, string Secret);
