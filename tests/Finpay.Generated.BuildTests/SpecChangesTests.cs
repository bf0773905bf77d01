using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using Finpay.Spec;
using Finpay.SpecChanges;
using Xunit;

namespace Finpay.Generated.BuildTests;

/// <summary>
/// The spec comparison behind <c>./build.sh --target=SpecChanges</c>, on copies of the real spec changed the way a spec update
/// changes it.
/// </summary>
public sealed class SpecChangesTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "finpay-spec-changes-" + Guid.NewGuid().ToString("N"));

    public SpecChangesTests()
    {
        Directory.CreateDirectory(_folder);
        File.Copy(Path.Combine(ScratchProject.RepoRoot, "spec", "finpay-card.yaml"), BaseSpec);
    }

    private string BaseSpec => Path.Combine(_folder, "base.yaml");

    [Fact]
    public void A_renamed_response_field_is_breaking_and_an_added_optional_request_field_is_not_each_with_its_path()
    {
        var changed = Edit(
            ("required: [responseCode, responseMessage, redirecturl, expiryLink, processingTime]",
             "required: [responseCode, responseMessage, redirectUrl, expiryLink, processingTime]"),
            ("        redirecturl:\n          x-csharp-name: RedirectUrl\n          type: string\n          description: Finpay's hosted card page",
             "        redirectUrl:\n          x-csharp-name: RedirectUrl\n          type: string\n          description: Finpay's hosted card page"),
            ("      required: [mobilePhone]\n      properties:\n",
             "      required: [mobilePhone]\n      properties:\n        nickname:\n          type: string\n          minLength: 1\n          maxLength: 50\n"));

        var withoutBump = Run(BaseSpec, changed, "--base-version", "0.1.0", "--version", "0.1.0");
        var withBump = Run(BaseSpec, changed, "--base-version", "0.1.0", "--version", "0.2.0");

        Assert.Equal(1, withoutBump.ExitCode);
        Assert.Contains("BREAKING      POST /pg/payment/card/initiate response 200: redirecturl: field renamed to 'redirectUrl'", withoutBump.Output);
        Assert.Contains("non-breaking  POST /pg/payment/card/initiate request body: customer.nickname: optional request field added", withoutBump.Output);
        Assert.Contains("non-breaking  POST /pg/payment/card/payment request body: customer.nickname: optional request field added", withoutBump.Output);
        Assert.Contains("1 breaking, 2 non-breaking spec change(s).", withoutBump.Output);
        Assert.Contains("a breaking change needs at least 0.2.0", withoutBump.Output);
        Assert.True(withBump.ExitCode == 0, withBump.Output);
    }

    [Fact]
    public void In_a_repository_the_base_is_the_latest_tag_and_the_public_api_difference_is_shown()
    {
        var repository = Directory.CreateDirectory(Path.Combine(_folder, "repository")).FullName;
        Directory.CreateDirectory(Path.Combine(repository, "spec"));
        Directory.CreateDirectory(Path.Combine(repository, "src", "Finpay.Generated"));
        void Write(string path, string text) => File.WriteAllText(Path.Combine(repository, path), text);
        Write("spec/finpay-card.yaml", File.ReadAllText(BaseSpec));
        Write("Directory.Build.props", "<Project><PropertyGroup><Version>0.3.0</Version></PropertyGroup></Project>");
        Write("src/Finpay.Generated/PublicAPI.Shipped.txt", "#nullable enable\nFinpay.Generated.InitiateResponse.Redirecturl.get -> string?\n");
        Write("src/Finpay.Generated/PublicAPI.Unshipped.txt", "#nullable enable\n");
        Assert.Equal(0, Run("--repository", repository).ExitCode);
        Git(repository, "init -q");
        Git(repository, "add -A");
        Git(repository, "-c user.name=t -c user.email=t@t commit -q -m base");
        Git(repository, "tag v0.3.0");

        File.Copy(Edit(
            ("required: [responseCode, responseMessage, redirecturl, expiryLink, processingTime]",
             "required: [responseCode, responseMessage, redirectUrl, expiryLink, processingTime]"),
            ("        redirecturl:\n          x-csharp-name: RedirectUrl\n          type: string\n          description: Finpay's hosted card page",
             "        redirectUrl:\n          x-csharp-name: RedirectUrl\n          type: string\n          description: Finpay's hosted card page")), Path.Combine(repository, "spec", "finpay-card.yaml"), overwrite: true);
        Write("src/Finpay.Generated/PublicAPI.Unshipped.txt",
            "#nullable enable\n*REMOVED*Finpay.Generated.InitiateResponse.Redirecturl.get -> string?\nFinpay.Generated.InitiateResponse.RedirectUrl.get -> string?\n");

        var (exit, output) = Run("--repository", repository);

        Assert.Equal(1, exit);
        Assert.Contains("at v0.3.0 (from the latest tag)", output);
        Assert.Contains("field renamed to 'redirectUrl'", output);
        Assert.Contains("a breaking change needs at least 0.4.0", output);
        Assert.Contains("Public API difference since v0.3.0: 1 removed, 1 added.", output);
        Assert.Contains("- Finpay.Generated.InitiateResponse.Redirecturl.get -> string?", output);
        Assert.Contains("+ Finpay.Generated.InitiateResponse.RedirectUrl.get -> string?", output);
        Assert.Equal(2, Run("--repository", repository, "--since", "no-such-ref").ExitCode);
    }

    private static void Git(string directory, string arguments)
    {
        var start = new ProcessStartInfo("git", arguments) { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true };
        using var git = Process.Start(start)!;
        var errors = git.StandardError.ReadToEndAsync();
        git.StandardOutput.ReadToEnd();
        git.WaitForExit();
        if (git.ExitCode != 0) throw new InvalidOperationException($"git {arguments}: {errors.Result}");
    }

    [Fact]
    public void The_same_spec_has_no_change_and_passes()
    {
        var same = Run(BaseSpec, BaseSpec, "--base-version", "0.1.0", "--version", "0.1.0");

        Assert.Equal(0, same.ExitCode);
        Assert.Contains("No change in the spec.", same.Output);
    }

    [Theory]
    [InlineData("Finpay's only idempotency key.\n          minLength: 1\n          maxLength: 30", "Finpay's only idempotency key.\n          minLength: 1\n          maxLength: 20",
                true, "POST /pg/payment/card/initiate request body: order.id", "request constraint tightened: maxLength 30 -> 20")]
    [InlineData("Finpay's only idempotency key.\n          minLength: 1\n          maxLength: 30", "Finpay's only idempotency key.\n          minLength: 1\n          maxLength: 40",
                false, "POST /pg/payment/card/initiate request body: order.id", "request constraint loosened: maxLength 30 -> 40")]
    [InlineData("      additionalProperties: false\n      required: [id]\n", "      additionalProperties: false\n      required: [id, currency]\n",
                true, "POST /pg/payment/card/payment request body: order.currency", "request field now required")]
    [InlineData("      required: [mobilePhone]\n      properties:\n", "      required: [mobilePhone, nickname]\n      properties:\n        nickname:\n          type: string\n          maxLength: 5\n",
                true, "POST /pg/payment/card/initiate request body: customer.nickname", "required request field added")]
    [InlineData("        amount:\n          type: string\n          description: Amount in the smallest", "        amount:\n          type: integer\n          description: Amount in the smallest",
                true, "POST /pg/payment/card/initiate request body: order.amount", "type changed from string to integer")]
    [InlineData("  /pg/payment/card/customer/delete/{cardToken}:", "  /pg/payment/card/customer/remove/{cardToken}:",
                true, "GET /pg/payment/card/customer/delete/{cardToken}", "operation removed (or its path or method changed)")]
    [InlineData("  /pg/payment/card/customer/delete/{cardToken}:", "  /pg/payment/card/customer/remove/{cardToken}:",
                false, "GET /pg/payment/card/customer/remove/{cardToken}", "operation added")]
    [InlineData("            minLength: 64\n            maxLength: 64\n", "            minLength: 60\n            maxLength: 64\n",
                false, "GET /pg/payment/card/customer/delete/{cardToken} path parameter cardToken", "request constraint loosened: minLength 64 -> 60")]
    [InlineData("        redirecturl:\n          x-csharp-name: RedirectUrl\n", "        redirecturl:\n",
                true, "POST /pg/payment/card/initiate response 200: redirecturl", "C# name changed from RedirectUrl to NSwag's")]
    [InlineData("          pattern: '^[0-9]+$'\n          x-finpay-amount: true\n        currency:", "          pattern: '^[0-9]+$'\n        currency:",
                true, "POST /pg/payment/card/initiate request body: order.amount", "C# type changed from decimal to NSwag's")]
    [InlineData("        storedOnFile:\n          $ref: '#/components/schemas/CardStorage'\n", "        storedOnFile:\n          type: string\n",
                true, "POST /pg/payment/card/initiate request body: card.storedOnFile", "C# type changed from CardStorage to NSwag's")]
    public void Each_kind_of_change_is_classified_for_SDK_users_with_its_path(string find, string replace, bool breaking, string path, string what)
    {
        var before = FinpaySpec.Load(BaseSpec);
        var after = FinpaySpec.Load(Edit((find, replace)));

        var changes = SpecComparer.Compare(before, after);

        Assert.Contains(new SpecChange(breaking, path, what), changes);
    }

    [Theory]
    [InlineData("0.1.0", "0.1.0", false)]
    [InlineData("0.1.0", "0.1.7", false)]
    [InlineData("0.1.0", "0.2.0", true)]
    [InlineData("0.1.0", "1.0.0", true)]
    [InlineData("1.2.0", "1.3.0", false)]
    [InlineData("1.2.0", "2.0.0", true)]
    [InlineData("0.1.0", "0.2.0-preview.1", true)]
    public void A_breaking_change_needs_a_new_minor_version_while_0_x_and_a_new_major_one_after(string baseVersion, string version, bool enough)
    {
        Assert.Equal(enough, VersionRule.CheckBreakingBump(baseVersion, version) is null);
    }

    public void Dispose()
    {
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }

    private string Edit(params (string Find, string Replace)[] edits)
    {
        var text = File.ReadAllText(BaseSpec);
        foreach (var (find, replace) in edits)
        {
            var at = text.IndexOf(find, StringComparison.Ordinal);
            if (at < 0) throw new InvalidOperationException("Not in the spec: " + find);
            text = text[..at] + replace + text[(at + find.Length)..];
        }

        var path = Path.Combine(_folder, "changed-" + Guid.NewGuid().ToString("N") + ".yaml");
        File.WriteAllText(path, text);
        return path;
    }

    private static (int ExitCode, string Output) Run(params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(typeof(SpecComparer).Assembly.Location);
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(60_000))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("The spec comparison did not finish in a minute.");
        }

        return (process.ExitCode, output.Result + errors.Result);
    }
}
