using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using Xunit;
using static Finpay.Generated.Analyzers.Tests.SpecGenerator.SpecGeneratorTest;

namespace Finpay.Generated.Analyzers.Tests.SpecGenerator;

/// <summary>A spec the generator cannot use is an error naming the file, the place and the problem; never a crash.</summary>
public class SpecGeneratorDiagnosticTests
{
    private const string Header = "openapi: 3.0.3\ninfo: { title: t, version: '1' }\n";

    [Fact]
    public async Task Yaml_that_does_not_parse_is_reported_with_its_line()
    {
        await Run(Header + "paths:\n  /a:\n    get: [unclosed\n",
            Finding("FINPAYSPEC001", 6, 1, 6, 1,
                "finpay-card.yaml is not valid YAML: While parsing a flow sequence, did not find expected ',' or ']'."));
    }

    [Fact]
    public async Task A_key_given_twice_is_reported_with_its_line()
    {
        await Run(Header + "paths:\n  /a:\n    get:\n      operationId: first\n      operationId: second\n",
            Finding("FINPAYSPEC001", 7, 7, 7, 18, "finpay-card.yaml is not valid YAML: Duplicate key operationId"));
    }

    [Fact]
    public async Task A_spec_that_is_not_a_mapping_is_reported()
    {
        await Run("- just\n- a list\n",
            Finding("FINPAYSPEC001", 1, 1, 1, 1,
                "finpay-card.yaml is not an OpenAPI document: its top level must be a mapping (openapi, paths, components)."));
    }

    [Fact]
    public async Task A_missing_spec_file_is_reported_without_a_location()
    {
        await Run(null, new DiagnosticResult("FINPAYSPEC001", Microsoft.CodeAnalysis.DiagnosticSeverity.Error).WithMessage(
            "No AdditionalFile named finpay-card.yaml: add <AdditionalFiles Include=\"path/to/finpay-card.yaml\" /> to the project."));
    }

    [Fact]
    public async Task Two_spec_files_are_reported_instead_of_guessing_which_one_counts()
    {
        var test = new SpecGeneratorTest(Header + "paths: {}\n") { TestBehaviors = TestBehaviors.SkipGeneratedSourcesCheck };
        test.TestState.AdditionalFiles.Add(("/copy/finpay-card.yaml", Header + "paths: {}\n"));
        test.TestState.ExpectedDiagnostics.Add(new DiagnosticResult("FINPAYSPEC001", Microsoft.CodeAnalysis.DiagnosticSeverity.Error).WithMessage(
            "More than one AdditionalFile is named finpay-card.yaml; the operation table and the open sets need exactly one spec."));

        await test.RunAsync();
    }

    [Fact]
    public async Task A_changes_state_flag_that_is_not_true_or_false_is_reported_and_the_rest_still_generates()
    {
        await Run(Header + """
            paths:
              /a:
                get:
                  operationId: first
                  x-finpay-changes-state: yes
              /b:
                get:
                  operationId: second
            """,
            Finding("FINPAYSPEC002", 7, 31, 7, 34,
                "finpay-card.yaml: paths['/a'].get.x-finpay-changes-state must be true or false; found 'yes'."));
    }

    [Fact]
    public async Task An_operation_without_an_operation_id_is_reported()
    {
        await Run(Header + "paths:\n  /a:\n    get:\n      summary: no id\n",
            Finding("FINPAYSPEC002", 6, 7, 6, 7, "finpay-card.yaml: paths['/a'].get.operationId is missing; it is required."));
    }

    [Fact]
    public async Task A_path_template_parameter_without_a_declaration_is_reported()
    {
        await Run(Header + "paths:\n  /a/{id}:\n    get:\n      operationId: first\n",
            Finding("FINPAYSPEC002", 6, 7, 6, 7,
                "finpay-card.yaml: paths['/a/{id}'].get has '{id}' in its path but no path parameter named 'id'."));
    }

    [Fact]
    public async Task A_reference_that_points_nowhere_is_reported()
    {
        await Run(Header + "paths:\n  /a/{id}:\n    get:\n      operationId: first\n      parameters:\n        - $ref: '#/components/parameters/Gone'\n",
            Finding("FINPAYSPEC002", 6, 7, 6, 7,
                "finpay-card.yaml: paths['/a/{id}'].get has '{id}' in its path but no path parameter named 'id'."),
            Finding("FINPAYSPEC002", 8, 17, 8, 47,
                "finpay-card.yaml: paths['/a/{id}'].get.parameters[0].$ref '#/components/parameters/Gone' does not point to a mapping in this file."));
    }

    [Fact]
    public async Task Known_values_on_a_property_instead_of_a_schema_are_reported()
    {
        await Run(Header + InlineSet("x-finpay-known-values: { summary: S, values: [ { value: A, name: A } ] }"),
            Finding("FINPAYSPEC003", 12, 34, 12, 34,
                "finpay-card.yaml: components.schemas.Thing.properties.kind.x-finpay-known-values belongs on a string schema of components.schemas, named as the struct, that the property references with $ref."));
    }

    [Fact]
    public async Task A_value_name_that_is_not_a_member_name_is_reported()
    {
        await Run(Header + OpenSet("Kind", "x-finpay-known-values: { summary: S, values: [ { value: A-B, name: a-b } ] }"),
            Finding("FINPAYSPEC003", 8, 74, 8, 77,
                "finpay-card.yaml: components.schemas.Kind.x-finpay-known-values.values[0].name must be a PascalCase member name (letters and digits); found 'a-b'."));
    }

    [Fact]
    public async Task Values_that_differ_only_in_case_are_reported()
    {
        await Run(Header + OpenSet("Kind",
                "x-finpay-known-values: { summary: S, values: [ { value: paid, name: Paid }, { value: PAID, name: Paid2 } ] }"),
            Finding("FINPAYSPEC003", 8, 92, 8, 96,
                "finpay-card.yaml: components.schemas.Kind.x-finpay-known-values.values[1].value 'PAID' is listed twice (values compare ignoring case)."));
    }

    [Fact]
    public async Task An_open_set_on_a_number_is_reported()
    {
        await Run(Header + OpenSet("Kind", "x-finpay-known-values: { summary: S, values: [ { value: '1', name: One } ] }", "integer"),
            Finding("FINPAYSPEC003", 8, 30, 8, 30,
                "finpay-card.yaml: components.schemas.Kind.x-finpay-known-values is on a schema that is not of type string; open sets are strings."));
    }

    [Fact]
    public async Task An_open_set_whose_schema_name_is_not_a_type_name_is_reported()
    {
        await Run(Header + OpenSet("kind-of", "x-finpay-known-values: { summary: S, values: [ { value: A, name: A } ] }"),
            Finding("FINPAYSPEC003", 8, 30, 8, 30,
                "finpay-card.yaml: components.schemas.kind-of.x-finpay-known-values makes a struct named after the schema, so 'kind-of' must be a PascalCase type name (letters and digits)."));
    }

    private static string OpenSet(string name, string known, string type = "string") => $$"""
        paths: {}
        components:
          schemas:
            {{name}}:
              type: {{type}}
              {{known}}
        """;

    private static string InlineSet(string known) => $$"""
        paths: {}
        components:
          schemas:
            Thing:
              description: A thing.
              properties:
                kind:
                  type: string
                  description: no struct
                  {{known}}
        """;

    private static Task Run(string? spec, params DiagnosticResult[] expected) => Run(spec, null, expected);

    private static async Task Run(string? spec, string? dtos, params DiagnosticResult[] expected)
    {
        var test = new SpecGeneratorTest(spec) { TestBehaviors = TestBehaviors.SkipGeneratedSourcesCheck };
        if (dtos is not null)
            test.TestState.Sources.Add(("/dtos.cs", dtos));
        test.TestState.ExpectedDiagnostics.AddRange(expected);
        await test.RunAsync();
    }
}
