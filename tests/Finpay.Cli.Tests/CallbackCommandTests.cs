using System.Threading.Tasks;
using Finpay.Generated.Callbacks;
using Xunit;

namespace Finpay.Cli.Tests;

public class CallbackCommandTests
{
    private const string Key = "SoSecret123";
    private const string Payload = "{\"order\":{\"id\":\"ORDER-1\",\"amount\":1000},\"result\":{\"payment\":{\"status\":\"PAID\",\"amount\":1000}}}";

    private static string Signed() => new FinpayCallbackSigner(Key).SignBody(Payload);

    [Fact]
    public async Task Verify_exits_0_for_a_validly_signed_callback_and_names_the_order()
    {
        var (exit, output, _) = await Cli.RunAsync(Signed(), "callback", "verify", "--merchant-key", Key);

        Assert.Equal(0, exit);
        Assert.Contains("valid: order ORDER-1, status PAID", output);
    }

    [Fact]
    public async Task Verify_names_the_encoding_the_signature_was_computed_over()
    {
        // Signed as a verifier using JSON_UNESCAPED_SLASHES would: the payload keeps its '/' unescaped.
        const string payload = "{\"order\":{\"id\":\"ORDER-2\",\"description\":\"1/2 kg\"},\"result\":{\"payment\":{\"status\":\"PAID\"}}}";
        var signature = System.Convert.ToHexString(System.Security.Cryptography.HMACSHA512.HashData(
            System.Text.Encoding.UTF8.GetBytes(Key), System.Text.Encoding.UTF8.GetBytes(payload))).ToLowerInvariant();
        var body = payload.Substring(0, payload.Length - 1) + ",\"signature\":\"" + signature + "\"}";

        var (exit, output, _) = await Cli.RunAsync(body, "callback", "verify", "--merchant-key", Key);

        Assert.Equal(0, exit);
        Assert.Contains("valid: order ORDER-2, status PAID; signed over UnescapedSlashes", output);
        Assert.Contains("signed over PhpDefault", (await Cli.RunAsync(Signed(), "callback", "verify", "--merchant-key", Key)).Out);
    }

    [Fact]
    public async Task Verify_exits_1_for_a_tampered_callback_and_says_why()
    {
        var (exit, _, error) = await Cli.RunAsync(Signed().Replace("1000", "1"), "callback", "verify", "--merchant-key", Key);

        Assert.Equal(1, exit);
        Assert.Contains("SignatureMismatch", error);
    }

    [Theory]
    [InlineData("")]
    [InlineData("not json")]
    [InlineData(Payload)]
    public async Task Verify_exits_1_for_a_missing_unreadable_or_unsigned_body(string body)
    {
        Assert.Equal(1, (await Cli.RunAsync(body, "callback", "verify", "--merchant-key", Key)).Exit);
    }

    [Fact]
    public async Task Verify_exits_1_with_another_merchants_key()
    {
        Assert.Equal(1, (await Cli.RunAsync(Signed(), "callback", "verify", "--merchant-key", "SomeoneElse")).Exit);
    }

    [Fact]
    public async Task Verify_exits_1_for_a_body_over_the_limit_without_reading_it_all()
    {
        var (exit, _, error) = await Cli.RunAsync(Signed(), "callback", "verify", "--merchant-key", Key, "--max-bytes", "50");

        Assert.Equal(1, exit);
        Assert.Contains("larger than 50 bytes", error);
    }

    [Theory]
    [InlineData("callback", "verify")]
    [InlineData("callback", "verify", "--merchant-key")]
    [InlineData("callback", "verify", "--merchant-key", "")]
    [InlineData("callback", "verify", "--merchant-key", "k", "--unknown")]
    [InlineData("callback", "verify", "--merchant-key", "k", "--max-bytes", "0")]
    [InlineData("callback", "frobnicate")]
    [InlineData("callback")]
    [InlineData()]
    public async Task Usage_errors_exit_2(params string[] args)
    {
        var (exit, _, error) = await Cli.RunAsync(Signed(), args);

        Assert.Equal(2, exit);
        Assert.NotEmpty(error);
    }

    [Fact]
    public async Task Usage_errors_never_echo_the_key()
    {
        var (_, output, error) = await Cli.RunAsync("", "callback", "verify", "--merchant-key", "TopSecretKey", "--bogus");
        Assert.DoesNotContain("TopSecretKey", output + error);
    }

    [Fact]
    public async Task Sign_prints_a_body_verify_accepts()
    {
        var (signExit, signed, _) = await Cli.RunAsync(Payload, "callback", "sign", "--merchant-key", Key);
        var (verifyExit, _, _) = await Cli.RunAsync(signed, "callback", "verify", "--merchant-key", Key);

        Assert.Equal((0, 0), (signExit, verifyExit));
        Assert.Equal(Signed(), signed.Trim());
    }

    [Fact]
    public async Task Sign_exits_1_when_stdin_is_not_a_json_object()
    {
        var (exit, _, error) = await Cli.RunAsync("[1,2]", "callback", "sign", "--merchant-key", Key);

        Assert.Equal(1, exit);
        Assert.Contains("not a JSON object", error);
    }
}
