using Panorama.Data.Accounts;

namespace Panorama.Web.Auth.Tokens;

/// <summary>A valid API token's owner, as the bearer handler needs it.</summary>
internal sealed record AuthenticatedToken(Guid TokenId, PanoramaUser User, bool IsAdministrator);
