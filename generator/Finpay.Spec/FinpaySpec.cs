using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using Microsoft.OpenApi;
using Microsoft.OpenApi.Reader;

namespace Finpay.Spec;

/// <summary>Reads the Finpay card API spec into Microsoft.OpenApi's model, and the project's vendor extensions from it.</summary>
public static class FinpaySpec
{
    private static readonly Lazy<OpenApiDocument> EmbeddedDocument = new(() =>
    {
        using var stream = typeof(FinpaySpec).Assembly.GetManifestResourceStream("finpay-card.yaml")
                           ?? throw new InvalidOperationException("The embedded spec finpay-card.yaml is missing.");
        return Read(stream, "the embedded finpay-card.yaml");
    });

    /// <summary>The spec this build was made from (spec/finpay-card.yaml, embedded).</summary>
    public static OpenApiDocument Embedded => EmbeddedDocument.Value;

    /// <summary>Reads the spec at <paramref name="path"/>, e.g. another version of it.</summary>
    /// <exception cref="InvalidDataException">The file is not a readable OpenAPI document; the message lists the reader's errors.</exception>
    public static OpenApiDocument Load(string path)
    {
        using var stream = File.OpenRead(path);
        return Read(stream, path);
    }

    /// <summary>Reads a spec given as YAML text, e.g. the real one with an edit a test makes.</summary>
    /// <exception cref="InvalidDataException">The text is not a readable OpenAPI document; the message lists the reader's errors.</exception>
    public static OpenApiDocument Parse(string yaml)
    {
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(yaml));
        return Read(stream, "the given YAML");
    }

    /// <summary>Every operation with its HTTP method and path template, in the spec's order.</summary>
    public static IEnumerable<SpecOperation> Operations(OpenApiDocument document) =>
        from path in document.Paths
        from operation in path.Value.Operations ?? new Dictionary<System.Net.Http.HttpMethod, OpenApiOperation>()
        select new SpecOperation(operation.Key.Method.ToUpperInvariant(), path.Key, operation.Value);

    /// <summary>The string value of the vendor extension <paramref name="name"/>, or null.</summary>
    public static string? StringExtension(IDictionary<string, IOpenApiExtension>? extensions, string name) =>
        Extension(extensions, name) is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;

    /// <summary>The boolean value of the vendor extension <paramref name="name"/>, or null.</summary>
    public static bool? FlagExtension(IDictionary<string, IOpenApiExtension>? extensions, string name) =>
        Extension(extensions, name) is JsonValue value && value.TryGetValue<bool>(out var flag) ? flag : null;

    /// <summary>The string items of the vendor extension <paramref name="name"/> (a list), or an empty list.</summary>
    public static IReadOnlyList<string> ListExtension(IDictionary<string, IOpenApiExtension>? extensions, string name) =>
        Extension(extensions, name) is JsonArray items ? items.Select(i => i?.ToString() ?? string.Empty).ToList() : Array.Empty<string>();

    /// <summary>The value of the vendor extension <paramref name="name"/> as JSON, or null where it is absent.</summary>
    public static JsonNode? Extension(IDictionary<string, IOpenApiExtension>? extensions, string name) =>
        extensions is not null && extensions.TryGetValue(name, out var extension) && extension is JsonNodeExtension node ? node.Node : null;

    /// <summary>A part of the model (a schema, the whole document) as the OpenAPI 3.0 JSON Microsoft.OpenApi writes for it, $refs kept.</summary>
    public static JsonNode ToJson(IOpenApiSerializable element)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        element.SerializeAsV3(new OpenApiJsonWriter(text));
        return JsonNode.Parse(text.ToString()) ?? throw new InvalidDataException("Microsoft.OpenApi wrote no JSON.");
    }

    /// <summary>
    /// An example's or an extension's value as JSON text. Microsoft.OpenApi holds a JSON null as a sentinel string, which
    /// <see cref="JsonNode.ToJsonString"/> would write as that string; its own writer writes null.
    /// </summary>
    public static string ToJsonText(JsonNode? value)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        new OpenApiJsonWriter(text, new OpenApiJsonWriterSettings { Terse = true }).WriteAny(value);
        return text.ToString();
    }

    private static OpenApiDocument Read(Stream stream, string what)
    {
        var settings = new OpenApiReaderSettings();
        settings.AddYamlReader();
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        buffer.Position = 0;
        ReadResult result;
        try
        {
            result = OpenApiDocument.Load(buffer, "yaml", settings);
        }
        catch (OpenApiUnsupportedSpecVersionException e)
        {
            throw new InvalidDataException($"{what} is not a readable OpenAPI document: {e.Message}", e);
        }

        var errors = result.Diagnostic?.Errors ?? new List<OpenApiError>();
        if (result.Document is null || errors.Count > 0)
            throw new InvalidDataException($"{what} is not a readable OpenAPI document: " + string.Join("; ", errors.Select(e => e.ToString())));
        return result.Document;
    }
}
