using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;
using Microsoft.OpenApi;
using Microsoft.OpenApi.Reader;

namespace Panorama.JiraSim.Tests.Infrastructure;

/// <summary>
/// The response schemas of the official Jira Cloud OpenAPI document (<c>OpenApi/swagger-v3.v3.json</c>). Microsoft.OpenApi
/// loads the 3.0 document and writes it as OpenAPI 3.1, whose schemas are JSON Schema 2020-12 (<c>nullable</c> becomes a
/// <c>null</c> type); each operation's response schema is then bundled with every component schema under
/// <c>$defs</c> and evaluated by JsonSchema.Net. Formats are annotations only, as the standard says, because Jira's own
/// date-times (<c>+0000</c>) are not RFC 3339.
/// </summary>
public static class OpenApiSchemas
{
    private static readonly Lazy<Task<(OpenApiDocument Model, JsonObject Json)>> Document = new(LoadAsync);
    private static readonly Dictionary<string, JsonSchema> Cache = new(StringComparer.Ordinal);
    private static readonly string[] NonSchemaKeywords = ["xml", "example", "discriminator", "externalDocs"];

    public static async Task AssertValidAsync(JsonElement body, string path, string method, int status)
    {
        var schema = await SchemaAsync(path, method, status);
        var result = schema.Evaluate(body, new EvaluationOptions { OutputFormat = OutputFormat.List });
        if (!result.IsValid)
        {
            var errors = (result.Details ?? []).Where(d => d.Errors is { Count: > 0 })
                .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}"))
                .Take(20);
            Assert.Fail($"{method.ToUpperInvariant()} {path} {status} does not match the OpenAPI schema:\n{string.Join("\n", errors)}\nBody: {Truncate(body.GetRawText())}");
        }
    }

    private static async Task<JsonSchema> SchemaAsync(string path, string method, int status)
    {
        var (model, json) = await Document.Value;
        Assert.True(model.Paths.ContainsKey(path), $"The OpenAPI document has no path {path}");
        var key = $"{method} {path} {status}";
        lock (Cache)
        {
            if (Cache.TryGetValue(key, out var cached))
            {
                return cached;
            }
        }

        var response = json["paths"]![path]![method.ToLowerInvariant()]!["responses"]![status.ToString()]
                       ?? throw new InvalidOperationException($"{key} is not in the OpenAPI document.");
        var schemaNode = response["content"]?["application/json"]?["schema"]?.DeepClone() as JsonObject
                         ?? throw new InvalidOperationException($"{key} has no JSON schema.");
        var bundle = Rewrite(schemaNode);
        bundle["$schema"] = "https://json-schema.org/draft/2020-12/schema";
        bundle["$defs"] = Rewrite(json["components"]!["schemas"]!.DeepClone());
        var schema = JsonSchema.FromText(bundle.ToJsonString(), new BuildOptions(), new Uri($"https://jira.example/schemas/{Guid.NewGuid():N}"));
        lock (Cache)
        {
            Cache[key] = schema;
        }

        return schema;
    }

    private static async Task<(OpenApiDocument, JsonObject)> LoadAsync()
    {
        var file = Path.Combine(AppContext.BaseDirectory, "OpenApi", "swagger-v3.v3.json");
        await using var stream = File.OpenRead(file);
        var settings = new OpenApiReaderSettings();
        var read = await OpenApiDocument.LoadAsync(stream, "json", settings);
        var document = read.Document ?? throw new InvalidOperationException("The OpenAPI document did not load: " +
                                                                             string.Join("; ", read.Diagnostic?.Errors.Select(e => e.Message) ?? []));
        var v31 = await document.SerializeAsJsonAsync(OpenApiSpecVersion.OpenApi3_1);
        return (document, JsonNode.Parse(v31)!.AsObject());
    }

    /// <summary>Points component references at <c>$defs</c> and drops OpenAPI-only keywords.</summary>
    private static JsonObject Rewrite(JsonNode node)
    {
        Visit(node);
        return node.AsObject();

        static void Visit(JsonNode? current)
        {
            switch (current)
            {
                case JsonObject obj:
                    foreach (var name in obj.Select(p => p.Key).Where(k => NonSchemaKeywords.Contains(k) || k.StartsWith("x-", StringComparison.Ordinal)).ToList())
                    {
                        obj.Remove(name);
                    }

                    if (obj["$ref"] is JsonValue reference && reference.GetValue<string>().StartsWith("#/components/schemas/", StringComparison.Ordinal))
                    {
                        obj["$ref"] = "#/$defs/" + reference.GetValue<string>()["#/components/schemas/".Length..];
                    }

                    foreach (var (_, child) in obj.ToList())
                    {
                        Visit(child);
                    }

                    break;
                case JsonArray array:
                    foreach (var child in array)
                    {
                        Visit(child);
                    }

                    break;
            }
        }
    }

    private static string Truncate(string text) => text.Length > 2000 ? text[..2000] + "..." : text;
}
