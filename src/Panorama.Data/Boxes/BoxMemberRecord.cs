using Panorama.Core.Access;

namespace Panorama.Data.Boxes;

/// <summary>A user's role on a box; it applies to every box below it too (<see cref="EffectiveBoxRole"/>).</summary>
public sealed class BoxMemberRecord
{
    public Guid BoxId { get; set; }

    public Guid UserId { get; set; }

    public BoxRole Role { get; set; }

    public DateTimeOffset AddedAt { get; set; }
}
