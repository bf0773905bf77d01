using System;
using System.Collections.Generic;
using Finpay.Generated.Callbacks;
using Xunit;

namespace Finpay.Generated.Tests.Callbacks;

public class CallbackSignerTests
{
    private const string Key = "SoSecret123";

    private static Callback PaidCallback() => new()
    {
        Order = new OrderSummary { Id = "ORDER-1", Reference = "FP-1", Amount = 150000.50m, Currency = "IDR", Description = "Plan / Pro" },
        Customer = new CustomerReference { Id = "c-1", FirstName = "Śri", LastName = "Ñoño", MobilePhone = "+6281286288844" },
        Meta = new MetaEcho { Data = new Dictionary<string, object> { ["plan"] = "pro", ["seats"] = 5 } },
        Card = new CardDetails { Mask = "481111******1114", Token = new string('a', 64) },
        Result = new Result { Payment = new PaymentResult { Status = "PAID", Amount = 150000.50m, DateTime = "2026-11-22 10:00:00" } },
    };

    [Fact]
    public void A_signed_typed_callback_verifies_and_reads_back()
    {
        var body = new FinpayCallbackSigner(Key).Sign(PaidCallback());

        var result = new FinpayCallbackVerifier(Key).Verify(body);

        Assert.True(result.IsValid, result.Reason);
        Assert.Equal("ORDER-1", result.Callback!.Order!.Id);
        Assert.Equal(150000.50m, result.Callback.Order.Amount);
        Assert.Equal("Śri", result.Callback.Customer!.FirstName);
        Assert.Equal("PAID", result.Callback.Result!.Payment!.Status);
    }

    [Fact]
    public void The_signed_body_is_php_encoded_with_the_signature_last()
    {
        var body = new FinpayCallbackSigner(Key).Sign(PaidCallback());

        Assert.StartsWith("{\"order\":{\"id\":\"ORDER-1\"", body);
        Assert.Contains("\"description\":\"Plan \\/ Pro\"", body);
        Assert.Contains("\"firstName\":\"\\u015ari\"", body);
        Assert.Matches("\"signature\":\"[0-9a-f]{128}\"}$", body);
    }

    [Fact]
    public void Signing_again_replaces_the_old_signature()
    {
        var signer = new FinpayCallbackSigner(Key);
        var once = signer.SignBody("{\"a\":1}");

        Assert.Equal(once, signer.SignBody(once));
        Assert.Equal(once, signer.SignBody(once.Replace("\"signature\":\"", "\"signature\":\"0")));
    }

    [Fact]
    public void An_empty_payload_signs_as_php_signs_an_empty_array()
    {
        var body = new FinpayCallbackSigner(Key).SignBody("{}");

        Assert.Matches("^\\{\"signature\":\"[0-9a-f]{128}\"\\}$", body);
        Assert.True(new FinpayCallbackVerifier(Key).Verify(body).IsValid);
    }

    [Fact]
    public void Signing_text_that_is_not_json_names_the_problem()
    {
        var error = Assert.Throws<ArgumentException>(() => new FinpayCallbackSigner(Key).SignBody("{\"a\":"));
        Assert.Contains("not valid JSON", error.Message);
    }
}
