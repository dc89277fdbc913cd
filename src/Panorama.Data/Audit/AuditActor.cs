namespace Panorama.Data.Audit;

/// <summary>Who caused an audited action: a user (id and e-mail) or the system itself.</summary>
public sealed record AuditActor(Guid? UserId, string Display)
{
    /// <summary>Panorama itself: start-up seeding, workers acting on their own.</summary>
    public static readonly AuditActor System = new(null, "system");
}
