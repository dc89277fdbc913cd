using System.Text.Json.Serialization;

namespace Panorama.Sync.Store;

[JsonSerializable(typeof(long[]))]
internal sealed partial class StoreJsonContext : JsonSerializerContext;
