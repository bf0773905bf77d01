using System;
using System.CommandLine;
using System.Threading.Tasks;
using Finpay.Generated.Callbacks;

namespace Finpay.Cli.Commands;

/// <summary><c>finpay callback verify|sign</c>: check or make a callback signature, body on stdin.</summary>
internal static class CallbackCommand
{
    public static Command Create(CliIO io)
    {
        var callback = new Command("callback", "Verify or sign a Finpay callback body (read from stdin).");

        var verifyKey = KeyOption();
        var maxBytes = new Option<int>("--max-bytes") { Description = "Refuse bodies larger than this.", DefaultValueFactory = _ => FinpayCallbackVerifier.DefaultMaxBodyBytes };
        var verify = new Command("verify", "Exit 0 when the callback on stdin is signed with the merchant key, 1 when not, 2 on usage errors.") { verifyKey, maxBytes };
        verify.SetAction(async parse =>
        {
            var limit = parse.GetValue(maxBytes);
            if (limit <= 0)
            {
                await io.Error.WriteLineAsync("--max-bytes must be positive.");
                return FinpayCli.UsageError;
            }

            var body = await ReadLimitedAsync(io, limit);
            var result = body is null
                ? null
                : new FinpayCallbackVerifier(parse.GetValue(verifyKey)!, limit).Verify(body);
            if (result is null)
            {
                await io.Error.WriteLineAsync($"invalid: the body is larger than {limit} bytes");
                return 1;
            }

            if (!result.IsValid)
            {
                await io.Error.WriteLineAsync($"invalid ({result.Failure}): {result.Reason}");
                return 1;
            }

            var payment = result.Callback!.Result?.Payment;
            var facts = new[]
            {
                result.Callback.Order?.Id is { } id ? "order " + id : null,
                payment?.Status is { } status ? "status " + status : null,
                payment?.Amount is { } amount ? "amount " + amount.ToString(System.Globalization.CultureInfo.InvariantCulture) : null,
            };
            var known = string.Join(", ", System.Linq.Enumerable.OfType<string>(facts));
            // Which json_encode flags the signer used: it tells the merchant what Finpay really does.
            var encoding = "signed over " + result.MatchedEncoding;
            await io.Out.WriteLineAsync(known.Length == 0 ? "valid; " + encoding : "valid: " + known + "; " + encoding);
            return 0;
        });

        var signKey = KeyOption();
        var sign = new Command("sign", "Sign the JSON object on stdin as Finpay would and print the callback body.") { signKey };
        sign.SetAction(async parse =>
        {
            var json = await io.In.ReadToEndAsync();
            try
            {
                await io.Out.WriteLineAsync(new FinpayCallbackSigner(parse.GetValue(signKey)!).SignBody(json));
                return 0;
            }
            catch (ArgumentException exception)
            {
                await io.Error.WriteLineAsync(exception.Message);
                return 1;
            }
        });

        callback.Subcommands.Add(verify);
        callback.Subcommands.Add(sign);
        return callback;
    }

    private static Option<string> KeyOption()
    {
        var option = new Option<string>("--merchant-key") { Description = "The merchant key Finpay signs with.", Required = true };
        option.Validators.Add(result =>
        {
            if (string.IsNullOrEmpty(result.GetValueOrDefault<string>())) result.AddError("--merchant-key must not be empty.");
        });
        return option;
    }

    // Reads at most limit + 1 characters' worth of input, so a huge stdin is refused without holding it all.
    private static async Task<string?> ReadLimitedAsync(CliIO io, int limit)
    {
        var buffer = new char[limit + 1];
        var read = 0;
        while (read < buffer.Length)
        {
            var n = await io.In.ReadAsync(buffer.AsMemory(read, buffer.Length - read));
            if (n == 0) break;
            read += n;
        }

        return read > limit ? null : new string(buffer, 0, read);
    }
}
