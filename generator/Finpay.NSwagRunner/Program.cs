using System;
using System.Collections.Generic;
using System.IO;
using Finpay.NSwagRunner;
using NSwag;
using NSwag.CodeGeneration.CSharp;
using NSwag.Commands;

// finpay-nswag <nswag.json> <variables>: what `nswag run <nswag.json> /variables:<variables>` does for the C# client, with
// the spec's C# types and names (see SpecTypeResolver and SpecPropertyNameGenerator).
if (args.Length != 2)
{
    Console.Error.WriteLine("usage: Finpay.NSwagRunner <nswag.json> <variables, e.g. SpecFile=spec.yaml,OutFile=Client.g.cs>");
    return 2;
}

var configuration = await NSwagDocument.LoadWithTransformationsAsync(Path.GetFullPath(args[0]), args[1]);
var command = configuration.CodeGenerators.OpenApiToCSharpClientCommand
    ?? throw new InvalidOperationException(args[0] + " has no openApiToCSharpClient code generator.");
// The document generator (fromDocument) only reads the spec: it needs neither a command-line processor nor a console host.
var document = (OpenApiDocument)(await configuration.SelectedSwaggerGenerator.RunAsync(null!, null!))!;

var settings = command.Settings;
settings.CSharpGeneratorSettings.PropertyNameGenerator = new SpecPropertyNameGenerator();
var resolver = new SpecTypeResolver(settings.CSharpGeneratorSettings, document.Definitions.AsReadOnly());
resolver.RegisterSchemaDefinitions(document.Definitions);
var code = new CSharpClientGenerator(document, settings, resolver).GenerateFile();

code = code.Replace("\r\n", "\n");
if (command.NewLineBehavior == NewLineBehavior.CRLF)
    code = code.Replace("\n", "\r\n");
var output = Path.GetFullPath(command.OutputFilePath);
Directory.CreateDirectory(Path.GetDirectoryName(output)!);
File.WriteAllText(output, code);
return 0;
