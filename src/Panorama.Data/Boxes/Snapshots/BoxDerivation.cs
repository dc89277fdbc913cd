namespace Panorama.Data.Boxes.Snapshots;

/// <summary>
/// A value that readers derive from every version of a box (the Gantt payload: the schedule, every bar, serialised),
/// registered in DI so that <see cref="BoxSnapshotCache"/> computes it in the background as soon as a version is built,
/// before anyone asks. A reader that comes earlier waits on that computation instead of starting its own
/// (<see cref="LoadedBox.Derived{T}"/> with the same <see cref="Key"/>).
/// </summary>
public sealed record BoxDerivation(string Key, Func<LoadedBox, object?> Create);
