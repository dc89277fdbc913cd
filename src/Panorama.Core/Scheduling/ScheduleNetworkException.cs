namespace Panorama.Core.Scheduling;

/// <summary>Thrown by <c>ScheduleNetwork.Create</c> when the tasks and links cannot be scheduled.</summary>
public sealed class ScheduleNetworkException : Exception
{
    public ScheduleNetworkException()
        : this([])
    {
    }

    public ScheduleNetworkException(string message)
        : base(message)
    {
        Problems = [message];
    }

    public ScheduleNetworkException(string message, Exception innerException)
        : base(message, innerException)
    {
        Problems = [message];
    }

    public ScheduleNetworkException(IReadOnlyList<string> problems)
        : base(problems.Count == 0 ? "The network cannot be scheduled." : string.Join(" ", problems))
    {
        Problems = problems;
    }

    /// <summary>One message per problem, each naming the task or link at fault.</summary>
    public IReadOnlyList<string> Problems { get; }
}
