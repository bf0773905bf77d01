using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Finpay.Generated.Analyzers.Validators;
using Finpay.Generated.SpecGenerator.Model;
using YamlDotNet.RepresentationModel;

namespace Finpay.Generated.SpecGenerator.Reading;

/// <summary>Reads <c>paths</c> into operation-table entries: operationId, method, template, path parameters, body, whether it changes state.</summary>
internal static class OperationReader
{
    public const string RuleId = SpecDiagnostics.OperationRuleId;
    public const string ChangesStateExtension = "x-finpay-changes-state";
    public const string SecretExtension = "x-finpay-secret";

    private static readonly string[] Methods = { "get", "put", "post", "delete", "options", "head", "patch", "trace" };
    private static readonly Regex OperationId = new("^[a-z][A-Za-z0-9]*$", RegexOptions.CultureInvariant);
    private static readonly Regex TemplateParameter = new(@"\{([^{}]*)\}", RegexOptions.CultureInvariant);
    private const string SchemaReferencePrefix = "#/components/schemas/";

    public static ImmutableArray<OperationModel> Read(SpecDocument spec)
    {
        var operations = ImmutableArray.CreateBuilder<OperationModel>();
        var ids = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var paths = spec.Mapping(RuleId, spec.Root, "paths", "paths");
        foreach (var (template, pathNode) in SpecDocument.Entries(paths))
        {
            var pathPath = "paths['" + template + "']";
            if (pathNode is not YamlMappingNode pathItem)
            {
                spec.Report(RuleId, pathNode, pathPath, "must be a mapping; found " + SpecDocument.Describe(pathNode) + ".");
                continue;
            }

            foreach (var method in Methods)
            {
                if (SpecDocument.Get(pathItem, method) is not { } operationNode)
                    continue;
                var operation = ReadOperation(spec, template, pathItem, method, operationNode, pathPath + "." + method);
                if (operation is null)
                    continue;
                if (!ids.Add(operation.Id))
                {
                    spec.Report(RuleId, operationNode, pathPath + "." + method + ".operationId",
                        "'" + operation.Id + "' is used by another operation; each operation needs its own.");
                    continue;
                }

                operations.Add(operation);
            }
        }

        return operations.ToImmutable();
    }

    private static OperationModel? ReadOperation(SpecDocument spec, string template, YamlMappingNode pathItem, string method,
        YamlNode operationNode, string path)
    {
        if (operationNode is not YamlMappingNode operation)
        {
            spec.Report(RuleId, operationNode, path, "must be a mapping; found " + SpecDocument.Describe(operationNode) + ".");
            return null;
        }

        var id = spec.String(RuleId, operation, "operationId", path + ".operationId", required: true);
        if (id is not null && !OperationId.IsMatch(id))
        {
            spec.Report(RuleId, SpecDocument.Get(operation, "operationId")!, path + ".operationId",
                "must be a camelCase identifier (letters and digits, starting with a lower-case letter); found '" + id + "'.");
            id = null;
        }

        // An operation that does not say is taken to change state: a lost answer is then reported as unknown, never guessed.
        var changesState = spec.Flag(RuleId, operation, ChangesStateExtension, path + "." + ChangesStateExtension, absent: true);
        var parameters = ReadPathParameters(spec, template, pathItem, operation, path);
        var body = ReadRequestBody(spec, operation, path + ".requestBody");
        var summary = SpecDocument.Get(operation, "summary") is YamlScalarNode { Value: { Length: > 0 } text } ? text : null;
        if (id is null || parameters is null)
            return null;
        return new OperationModel(id, char.ToUpperInvariant(id[0]) + id.Substring(1), method.ToUpperInvariant(),
            template.TrimStart('/'), new EquatableArray<PathParameterModel>(parameters.Value), body, changesState, summary);
    }

    private static ImmutableArray<PathParameterModel>? ReadPathParameters(SpecDocument spec, string template,
        YamlMappingNode pathItem, YamlMappingNode operation, string path)
    {
        var declared = new Dictionary<string, PathParameterModel>(StringComparer.Ordinal);
        var valid = true;
        // Parameters of the path item apply to every operation under it; the operation's own come second and win.
        foreach (var (owner, ownerPath) in new[] { (pathItem, path.Substring(0, path.LastIndexOf('.'))), (operation, path) })
        {
            var list = SpecDocument.Get(owner, "parameters");
            if (list is null)
                continue;
            if (list is not YamlSequenceNode sequence)
            {
                spec.Report(RuleId, list, ownerPath + ".parameters", "must be a list; found " + SpecDocument.Describe(list) + ".");
                valid = false;
                continue;
            }

            for (var i = 0; i < sequence.Children.Count; i++)
            {
                var itemPath = ownerPath + ".parameters[" + i + "]";
                var parameter = spec.Resolve(RuleId, sequence.Children[i], itemPath);
                if (parameter is null)
                {
                    valid = false;
                    continue;
                }

                if (SpecDocument.Get(parameter, "in") is not YamlScalarNode { Value: "path" })
                    continue;
                var name = spec.String(RuleId, parameter, "name", itemPath + ".name", required: true);
                var schema = spec.Mapping(RuleId, parameter, "schema", itemPath + ".schema");
                if (schema is not null)
                    schema = spec.Resolve(RuleId, schema, itemPath + ".schema");
                var model = new PathParameterModel(
                    name ?? string.Empty,
                    spec.NonNegativeInteger(RuleId, schema, "minLength", itemPath + ".schema.minLength"),
                    spec.NonNegativeInteger(RuleId, schema, "maxLength", itemPath + ".schema.maxLength"),
                    spec.String(RuleId, schema, "pattern", itemPath + ".schema.pattern", required: false),
                    spec.Flag(RuleId, parameter, SecretExtension, itemPath + "." + SecretExtension));
                if (name is null)
                    valid = false;
                else
                    declared[name] = model;
            }
        }

        var ordered = ImmutableArray.CreateBuilder<PathParameterModel>();
        foreach (Match match in TemplateParameter.Matches(template))
        {
            var name = match.Groups[1].Value;
            if (declared.TryGetValue(name, out var parameter))
            {
                ordered.Add(parameter);
                declared.Remove(name);
            }
            else
            {
                spec.Report(RuleId, operation, path, "has '{" + name + "}' in its path but no path parameter named '" + name + "'.");
                valid = false;
            }
        }

        foreach (var name in declared.Keys)
        {
            spec.Report(RuleId, operation, path, "declares the path parameter '" + name + "', which its path does not contain.");
            valid = false;
        }

        return valid ? ordered.ToImmutable() : null;
    }

    /// <summary>The schema name of the JSON body; NSwag names the body's DTO after it.</summary>
    private static string? ReadRequestBody(SpecDocument spec, YamlMappingNode operation, string path)
    {
        if (SpecDocument.Get(operation, "requestBody") is not { } bodyNode)
            return null;
        var body = spec.Resolve(RuleId, bodyNode, path);
        var content = spec.Mapping(RuleId, body, "content", path + ".content");
        var json = spec.Mapping(RuleId, content, "application/json", path + ".content['application/json']");
        var schema = spec.Mapping(RuleId, json, "schema", path + ".content['application/json'].schema");
        if (schema is null)
        {
            if (body is not null && json is null && content is not null)
                spec.Report(RuleId, content, path + ".content", "has no application/json body; the card API sends JSON.");
            return null;
        }

        if (SpecDocument.Get(schema, "$ref") is YamlScalarNode { Value: { } reference } &&
            reference.StartsWith(SchemaReferencePrefix, StringComparison.Ordinal) && spec.Resolve(RuleId, schema, path) is not null)
            return reference.Substring(SchemaReferencePrefix.Length);
        spec.Report(RuleId, schema, path + ".content['application/json'].schema",
            "must be a $ref to " + SchemaReferencePrefix + "<Name>, so the body has a named DTO.");
        return null;
    }
}
