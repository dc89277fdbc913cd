using Microsoft.AspNetCore.Identity;

namespace Panorama.Data.Accounts;

/// <summary>An application-wide role (see <see cref="PanoramaRoles"/>); box roles are per box and live elsewhere.</summary>
public sealed class PanoramaRole : IdentityRole<Guid>
{
}
