using System;
using System.Collections.Generic;
using System.Linq;
using Finpay.Spec;
using Microsoft.OpenApi;

namespace Finpay.SpecChanges;

/// <summary>
/// Classifies the differences between two versions of the spec for SDK users. Breaking: a removed or renamed field, a
/// tightened request constraint, a new required request field, a changed type, a removed operation or path. Not breaking: an
/// added optional field, a loosened request constraint, an added operation. A changed path shows as one removed operation and
/// one added.
/// </summary>
public sealed partial class SpecComparer
{
    private readonly OpenApiDocument _before;
    private readonly OpenApiDocument _after;
    private readonly List<SpecChange> _changes = new();
    private readonly HashSet<string> _inProgress = new(StringComparer.Ordinal);

    private SpecComparer(OpenApiDocument before, OpenApiDocument after)
    {
        _before = before;
        _after = after;
    }

    public static IReadOnlyList<SpecChange> Compare(OpenApiDocument before, OpenApiDocument after)
    {
        var comparer = new SpecComparer(before, after);
        comparer.CompareOperations();
        return comparer._changes;
    }

    private void CompareOperations()
    {
        var before = FinpaySpec.Operations(_before).ToDictionary(o => o.Key, o => o.Operation, StringComparer.Ordinal);
        var after = FinpaySpec.Operations(_after).ToDictionary(o => o.Key, o => o.Operation, StringComparer.Ordinal);
        foreach (var key in before.Keys.Except(after.Keys).OrderBy(k => k, StringComparer.Ordinal))
            Add(true, key, "operation removed (or its path or method changed)");
        foreach (var key in after.Keys.Except(before.Keys).OrderBy(k => k, StringComparer.Ordinal))
            Add(false, key, "operation added");
        foreach (var key in before.Keys.Intersect(after.Keys).OrderBy(k => k, StringComparer.Ordinal))
            CompareOperation(key, before[key], after[key]);
    }

    private void CompareOperation(string key, OpenApiOperation before, OpenApiOperation after)
    {
        CompareParameters(key, before, after);
        CompareBody(key + " request body", before.RequestBody, after.RequestBody, Direction.Request);

        var responsesBefore = before.Responses ?? new OpenApiResponses();
        var responsesAfter = after.Responses ?? new OpenApiResponses();
        foreach (var status in responsesBefore.Keys.Except(responsesAfter.Keys))
            Add(true, $"{key} response {status}", "response removed");
        foreach (var status in responsesAfter.Keys.Except(responsesBefore.Keys))
            Add(false, $"{key} response {status}", "response added");
        foreach (var status in responsesBefore.Keys.Intersect(responsesAfter.Keys))
            CompareBody($"{key} response {status}", responsesBefore[status], responsesAfter[status], Direction.Response);

        // A callback's body is written by Finpay and read by the merchant through the SDK: a response, for this purpose.
        if (before.Callbacks is not { } callbacksBefore || after.Callbacks is not { } callbacksAfter) return;
        foreach (var (name, callbackBefore) in callbacksBefore)
        {
            if (!callbacksAfter.TryGetValue(name, out var callbackAfter)) { Add(true, $"{key} callback {name}", "callback removed"); continue; }
            foreach (var (expression, itemBefore) in callbackBefore.PathItems ?? new())
            {
                var itemAfter = callbackAfter.PathItems?.FirstOrDefault(i => i.Key.Expression == expression.Expression).Value;
                if (itemAfter?.Operations is not { } operationsAfter) continue;
                foreach (var (method, operationBefore) in itemBefore.Operations ?? new Dictionary<System.Net.Http.HttpMethod, OpenApiOperation>())
                {
                    if (operationsAfter.TryGetValue(method, out var operationAfter))
                        CompareBody($"{key} callback {name} body", operationBefore.RequestBody, operationAfter.RequestBody, Direction.Response);
                }
            }
        }
    }

    private void CompareParameters(string key, OpenApiOperation before, OpenApiOperation after)
    {
        static Dictionary<string, IOpenApiParameter> Read(OpenApiOperation operation) =>
            (operation.Parameters ?? new List<IOpenApiParameter>())
            .ToDictionary(p => $"{p.In?.ToString().ToLowerInvariant()} parameter {p.Name}", StringComparer.Ordinal);

        var parametersBefore = Read(before);
        var parametersAfter = Read(after);
        foreach (var name in parametersBefore.Keys.Except(parametersAfter.Keys))
            Add(true, $"{key} {name}", "parameter removed");
        foreach (var name in parametersAfter.Keys.Except(parametersBefore.Keys))
        {
            var required = parametersAfter[name].Required;
            Add(required, $"{key} {name}", required ? "required parameter added" : "optional parameter added");
        }

        foreach (var name in parametersBefore.Keys.Intersect(parametersAfter.Keys))
        {
            var wasRequired = parametersBefore[name].Required;
            var isRequired = parametersAfter[name].Required;
            if (!wasRequired && isRequired) Add(true, $"{key} {name}", "now required");
            if (wasRequired && !isRequired) Add(false, $"{key} {name}", "no longer required");
            CompareSchema($"{key} {name}", string.Empty, parametersBefore[name].Schema, parametersAfter[name].Schema, Direction.Request);
        }
    }

    private void CompareBody(string where, IOpenApiRequestBody? before, IOpenApiRequestBody? after, Direction direction) =>
        CompareBody(where, JsonSchemaOf(before?.Content), JsonSchemaOf(after?.Content), after?.Required == true, direction);

    private void CompareBody(string where, IOpenApiResponse? before, IOpenApiResponse? after, Direction direction) =>
        CompareBody(where, JsonSchemaOf(before?.Content), JsonSchemaOf(after?.Content), false, direction);

    private void CompareBody(string where, IOpenApiSchema? schemaBefore, IOpenApiSchema? schemaAfter, bool requiredAfter, Direction direction)
    {
        if (schemaBefore is null && schemaAfter is null) return;
        if (schemaAfter is null) { Add(true, where, "JSON body removed"); return; }
        if (schemaBefore is null)
        {
            var required = direction == Direction.Request && requiredAfter;
            Add(required, where, required ? "required JSON body added" : "JSON body added");
            return;
        }

        CompareSchema(where, string.Empty, schemaBefore, schemaAfter, direction);
    }

    private static IOpenApiSchema? JsonSchemaOf(IDictionary<string, IOpenApiMediaType>? content) =>
        content is not null && content.TryGetValue("application/json", out var json) ? json.Schema : null;

    private void Add(bool breaking, string path, string what)
    {
        var change = new SpecChange(breaking, path, what);
        if (!_changes.Contains(change)) _changes.Add(change);
    }
}
