using Panorama.Core.Boxes;
using Panorama.Core.Tasks;

namespace Panorama.Core.Structure;

/// <summary>A box below the one being built, with the tasks its scope holds (from sync, or evaluated locally).</summary>
public sealed record SubBox(Box Box, IReadOnlySet<TaskKey> Members);
