namespace Panorama.Core.Access;

/// <summary>One membership: a user holds <paramref name="Role"/> on box <paramref name="BoxId"/> (and below it).</summary>
public sealed record BoxRoleGrant(Guid BoxId, BoxRole Role);
