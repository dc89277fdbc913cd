namespace Panorama.Data.Sync;

/// <summary>
/// A store-wide counter. <c>tasks</c> numbers every write to tasks and links (<c>ChangeVersion</c>): the writer
/// increments it first in its transaction, which also serialises writers, so versions commit in increasing order and
/// a reader that saw version N never misses a later commit with a lower number.
/// </summary>
public sealed class ChangeCounter
{
    public const string Tasks = "tasks";

    public required string Name { get; set; }

    public long Value { get; set; }
}
