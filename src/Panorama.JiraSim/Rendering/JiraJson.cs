using System.Text.Encodings.Web;
using System.Text.Json;

namespace Panorama.JiraSim.Rendering;

/// <summary>
/// Writer options for everything the simulator sends: Jira writes characters such as <c>&amp;</c> and <c>'</c> as they
/// are, not as <c>\u0026</c>, so the relaxed encoder is used (output is JSON for machines, never embedded in HTML).
/// </summary>
internal static class JiraJson
{
    public static JsonWriterOptions WriterOptions { get; } = new() { SkipValidation = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
}
