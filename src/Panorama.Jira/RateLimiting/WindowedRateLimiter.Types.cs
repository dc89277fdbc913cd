using System.Diagnostics.CodeAnalysis;
using System.Threading.RateLimiting;

namespace Panorama.Jira.RateLimiting;

public sealed partial class WindowedRateLimiter
{
    private sealed class Slot
    {
        public TimeSpan Time { get; set; }
    }

    private sealed class Waiter(int permitCount)
    {
        public int PermitCount { get; } = permitCount;

        public TaskCompletionSource<RateLimitLease?> Completion { get; } =
            new(TaskCreationOptions.RunContinuationsAsynchronously);

        public CancellationTokenRegistration Registration { get; set; }
    }

    private sealed class WindowLease(WindowedRateLimiter? owner, Slot? slot, TimeSpan? retryAfter) : RateLimitLease
    {
        public Slot? Slot { get; } = slot;

        public override bool IsAcquired => owner is not null;

        public override IEnumerable<string> MetadataNames =>
            retryAfter is null ? [] : [MetadataName.RetryAfter.Name];

        public override bool TryGetMetadata(string metadataName, [NotNullWhen(true)] out object? metadata)
        {
            if (retryAfter is { } wait && metadataName == MetadataName.RetryAfter.Name)
            {
                metadata = wait;
                return true;
            }

            metadata = null;
            return false;
        }
    }
}
