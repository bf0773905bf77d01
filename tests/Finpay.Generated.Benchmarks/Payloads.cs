using System;
using System.IO;

namespace Finpay.Generated.Benchmarks;

/// <summary>Finpay's seed samples and the fullest request, copied next to the benchmark binaries.</summary>
internal static class Payloads
{
    public static string Read(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Payloads", name));

    public static string FullPaymentRequest => Read("full-payment-request.json");

    public static string PaymentResponse => Read("payment-response.json");
}
