using System.Threading.RateLimiting;

namespace Panorama.Jira.RateLimiting;

/// <summary>The permits one request holds; time-based, so disposing only releases bookkeeping.</summary>
public sealed class JiraRateLimitPermit(IReadOnlyList<RateLimitLease> leases) : IDisposable
{
    public void Dispose()
    {
        foreach (var lease in leases)
        {
            lease.Dispose();
        }
    }
}
