using System.Text.Json;
using System.Text.Json.Serialization;

namespace Panorama.Core.Scheduling.Files;

/// <summary>camelCase JSON; a hand-written file may carry comments and trailing commas.</summary>
[JsonSourceGenerationOptions(
    JsonSerializerDefaults.Web,
    ReadCommentHandling = JsonCommentHandling.Skip,
    AllowTrailingCommas = true,
    WriteIndented = true)]
[JsonSerializable(typeof(ScheduleFileDocument))]
[JsonSerializable(typeof(ScheduleFileResult))]
internal sealed partial class ScheduleFileJsonContext : JsonSerializerContext;
