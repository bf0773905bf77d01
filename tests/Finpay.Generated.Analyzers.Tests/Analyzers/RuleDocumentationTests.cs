using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit;

namespace Finpay.Generated.Analyzers.Tests.Analyzers;

public sealed class RuleDocumentationTests
{
    public static TheoryData<string> Descriptors()
    {
        var data = new TheoryData<string>();
        foreach (var descriptor in AllDescriptors())
            data.Add(descriptor.Id);
        return data;
    }

    [Fact]
    public void The_assembly_has_the_three_FINPAY_rules()
    {
        Assert.Equal(new[] { "FINPAY001", "FINPAY002", "FINPAY003" }, AllDescriptors().Select(d => d.Id).OrderBy(id => id));
    }

    [Theory]
    [MemberData(nameof(Descriptors))]
    public void Every_rule_links_to_its_doc_page_which_shows_a_bad_and_a_fixed_example(string id)
    {
        var descriptor = AllDescriptors().Single(d => d.Id == id);
        var page = Path.Combine(RepositoryFiles.RepoRoot, "docs", "rules", id + ".md");

        Assert.Equal(FinpayRuleIds.HelpLinkBase + id + ".md", descriptor.HelpLinkUri);
        Assert.True(File.Exists(page), $"{page} is missing.");
        var text = File.ReadAllText(page);
        Assert.StartsWith("# " + id, text, StringComparison.Ordinal);
        Assert.Contains("## Bad", text, StringComparison.Ordinal);
        Assert.Contains("## Fixed", text, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Descriptors))]
    public void Every_rule_is_tracked_in_the_analyzer_release_files(string id)
    {
        var project = Path.Combine(RepositoryFiles.RepoRoot, "generator", "Finpay.Generated.Analyzers");
        var releases = File.ReadAllText(Path.Combine(project, "AnalyzerReleases.Shipped.md")) +
                       File.ReadAllText(Path.Combine(project, "AnalyzerReleases.Unshipped.md"));

        Assert.Contains(id + " |", releases, StringComparison.Ordinal);
    }

    private static IEnumerable<DiagnosticDescriptor> AllDescriptors() =>
        typeof(FinpayRuleIds).Assembly.GetTypes()
            .Where(t => typeof(DiagnosticAnalyzer).IsAssignableFrom(t) && !t.IsAbstract)
            .SelectMany(t => ((DiagnosticAnalyzer)Activator.CreateInstance(t)!).SupportedDiagnostics);
}
