using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using Finpay.Generated.Analyzers.Validators;
using Finpay.Generated.SpecGenerator.Model;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Finpay.Generated.SpecGenerator.Reading;

/// <summary>Turns the spec's text into the generator's model; every problem becomes a <see cref="SpecProblem"/>, never an exception.</summary>
internal static class SpecReader
{
    public static SpecModel Read(string filePath, string text)
    {
        var problems = new List<SpecProblem>();
        var fileName = Path.GetFileName(filePath);
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException e)
        {
            problems.Add(SpecDocument.Problem(SpecDiagnostics.UnreadableRuleId, fileName + " is not valid YAML: " + e.Message, e.Start, e.End));
            return Empty(filePath, problems);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            problems.Add(SpecDocument.Problem(SpecDiagnostics.UnreadableRuleId,
                fileName + " is not valid YAML: " + e.GetType().Name + ": " + e.Message, Mark.Empty, Mark.Empty));
            return Empty(filePath, problems);
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            var at = stream.Documents.Count == 0 ? Mark.Empty : stream.Documents[0].RootNode.Start;
            problems.Add(SpecDocument.Problem(SpecDiagnostics.UnreadableRuleId,
                fileName + " is not an OpenAPI document: its top level must be a mapping (openapi, paths, components).", at, at));
            return Empty(filePath, problems);
        }

        var spec = new SpecDocument(fileName, root, problems);
        ImmutableArray<OperationModel> operations;
        ImmutableArray<OpenSetModel> openSets;
        try
        {
            operations = OperationReader.Read(spec);
            openSets = OpenSetReader.Read(spec);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A shape the readers did not foresee is still a finding on the spec, not a generator crash.
            problems.Add(SpecDocument.Problem(SpecDiagnostics.UnreadableRuleId,
                fileName + " could not be read as the generator expects: " + e.GetType().Name + ": " + e.Message, root.Start, root.Start));
            return Empty(filePath, problems);
        }

        return new SpecModel(filePath, new EquatableArray<OperationModel>(operations), new EquatableArray<OpenSetModel>(openSets),
            new EquatableArray<SpecProblem>(problems.ToImmutableArray()));
    }

    public static SpecModel Unreadable(string filePath) =>
        Empty(filePath, new List<SpecProblem>
        {
            new(SpecDiagnostics.UnreadableRuleId, Path.GetFileName(filePath) + " could not be read.", 0, 0, 0, 0, 0, 0),
        });

    private static SpecModel Empty(string filePath, List<SpecProblem> problems) =>
        new(filePath, default, default, new EquatableArray<SpecProblem>(problems.ToImmutableArray()));
}
