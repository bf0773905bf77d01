using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using Finpay.Generated.Errors;
using Finpay.Generated.Tests.Snapshots;
using Xunit;
using static Finpay.Generated.ReliabilityTests.MalformedResponses.Replies;

namespace Finpay.Generated.ReliabilityTests.MalformedResponses;

/// <summary>
/// Every broken answer the suite serves, and what the caller must get. The design: an answer that is not a readable success is a
/// <see cref="FinpayApiException"/> with the status; an answer that is Finpay's success in an unusual but harmless form (an
/// unknown enum value, extra members, a number sent as a string, a mislabelled charset) is read.
/// </summary>
internal static class MalformedResponseCorpus
{
    private const string Ok = "\"responseCode\":\"2000000\",\"responseMessage\":\"Success\"";
    private const string PaymentOk = "{" + Ok + ",\"data\":{\"amount\":1000,\"currency\":\"IDR\",\"id\":\"C-1\",\"source\":\"INTERNET\",\"type\":\"CAPTURE\"},\"processingTime\":4.7}";
    private const string Html = "<!DOCTYPE html><html><head><title>Error</title></head><body><h1>Something went wrong</h1></body></html>";
    private const string CardNumber = "4111111111111111";

    private static string PaymentWithData(string data) => "{" + Ok + ",\"data\":" + data + ",\"processingTime\":1}";

    private static string Error(string code, string message) =>
        "{\"responseCode\":\"" + code + "\",\"responseMessage\":\"" + message + "\",\"processingTime\":0.01,\"traceId\":\"trace-7\"}";

    public static IReadOnlyList<MalformedCase> All { get; } = new List<MalformedCase>
    {
        // Bodies that are not JSON at all.
        new("an empty 200", Call.Pay, Json(""), Outcome.ApiError),
        new("an empty 500", Call.Pay, Json("", 500), Outcome.ApiError, Status: 500),
        new("a 200 of whitespace", Call.Pay, Json(" \r\n\t "), Outcome.ApiError),
        new("an HTML error page with 500", Call.Pay, Text(Html, 500, "text/html"), Outcome.ApiError, Status: 500),
        new("an HTML maintenance page with 200", Call.Pay, Text(Html, 200, "text/html; charset=utf-8"), Outcome.ApiError),
        new("a proxy's 502 page on a GET, retried then reported", Call.CheckStatus, Text("<html><body><center><h1>502 Bad Gateway</h1></center><hr><center>nginx</center></body></html>", 502, "text/html"), Outcome.ApiError, Status: 502, Hits: 4),
        new("plain text OK", Call.Pay, Text("OK", 200, "text/plain"), Outcome.ApiError),
        new("a SOAP fault", Call.Pay, Text("<?xml version=\"1.0\"?><soap:Envelope><soap:Body><soap:Fault>boom</soap:Fault></soap:Body></soap:Envelope>", 500, "text/xml"), Outcome.ApiError, Status: 500),
        new("a gzip body the client did not ask for", Call.Pay, Gzipped(PaymentOk), Outcome.ApiError),

        // Broken JSON.
        new("JSON truncated inside a string", Call.Pay, Json("{\"responseCode\":\"2000000\",\"responseMessage\":\"Succ"), Outcome.ApiError),
        new("JSON truncated after a colon", Call.Pay, Json("{\"responseCode\":"), Outcome.ApiError),
        new("JSON without its closing brace", Call.Pay, Json(PaymentOk.Substring(0, PaymentOk.Length - 1)), Outcome.ApiError),
        new("JSON null", Call.Pay, Json("null"), Outcome.ApiError),
        new("a JSON array", Call.Pay, Json("[" + PaymentOk + "]"), Outcome.ApiError),
        new("a JSON string", Call.Pay, Json("\"2000000\""), Outcome.ApiError),
        new("a JSON number", Call.Pay, Json("2000000"), Outcome.ApiError),
        new("trailing garbage after the object", Call.Pay, Json(PaymentOk + "<!-- cached -->"), Outcome.ApiError),
        new("two objects back to back", Call.Pay, Json(PaymentOk + PaymentOk), Outcome.ApiError),
        new("JSON nested 500 levels deep", Call.Pay, Json("{" + Ok + ",\"data\":" + string.Concat(Enumerable.Repeat("{\"a\":", 500)) + "1" + new string('}', 500) + "}"), Outcome.ApiError),

        // Wrong types.
        new("data as a string", Call.Pay, Json(PaymentWithData("\"paid\"")), Outcome.ApiError),
        new("data as an array", Call.Pay, Json(PaymentWithData("[]")), Outcome.ApiError),
        new("amount as a word", Call.Pay, Json(PaymentWithData("{\"amount\":\"one thousand\"}")), Outcome.ApiError,
            Check: e => Assert.Contains("data.amount", ((FinpayApiException)e).Message)),
        new("amount as a boolean", Call.Pay, Json(PaymentWithData("{\"amount\":true}")), Outcome.ApiError),
        new("amount as an object", Call.Pay, Json(PaymentWithData("{\"amount\":{\"value\":1000}}")), Outcome.ApiError),
        new("processingTime as a word", Call.Pay, Json("{" + Ok + ",\"data\":{},\"processingTime\":\"fast\"}"), Outcome.ApiError),
        new("acquirer batch as text", Call.Pay, Json(PaymentWithData("{\"acquirer\":{\"batch\":\"B-1\"}}")), Outcome.ApiError),
        new("responseCode as an object", Call.Pay, Json("{\"responseCode\":{\"code\":\"2000000\"},\"responseMessage\":\"Success\",\"data\":{}}"), Outcome.ApiError,
            Check: e => Assert.Null(((FinpayApiException)e).ResponseCode)),
        new("responseCode null", Call.Pay, Json("{\"responseCode\":null,\"responseMessage\":\"Success\",\"data\":{}}"), Outcome.ApiError),
        new("responseCode as a number is read as its digits", Call.Pay, Json("{\"responseCode\":2000000,\"responseMessage\":\"Success\",\"data\":{\"amount\":5}}"), Outcome.Success,
            Check: r => Assert.Equal("2000000", ((PaymentResponse)r).ResponseCode)),
        new("amount as a string of digits is read", Call.Pay, Json(PaymentWithData("{\"amount\":\"1000\"}")), Outcome.Success,
            Check: r => Assert.Equal(1000m, ((PaymentResponse)r).Data.Amount)),

        // Numbers out of range.
        new("amount 1e400", Call.Pay, Json(PaymentWithData("{\"amount\":1e400}")), Outcome.ApiError),
        new("amount with 40 digits", Call.Pay, Json(PaymentWithData("{\"amount\":" + new string('9', 40) + "}")), Outcome.ApiError,
            Check: e => Assert.Contains("data.amount", ((FinpayApiException)e).Message)),
        new("amount as a 40-digit string", Call.Pay, Json(PaymentWithData("{\"amount\":\"" + new string('9', 40) + "\"}")), Outcome.ApiError),
        new("acquirer batch beyond a long", Call.Pay, Json(PaymentWithData("{\"acquirer\":{\"batch\":" + new string('9', 25) + "}}")), Outcome.ApiError),
        new("processingTime 1e999 reads as infinity", Call.Pay, Json("{" + Ok + ",\"data\":{},\"processingTime\":1e999}"), Outcome.Success,
            Check: r => Assert.Equal(double.PositiveInfinity, ((PaymentResponse)r).ProcessingTime)),
        new("a negative amount is read as sent", Call.Pay, Json(PaymentWithData("{\"amount\":-1000}")), Outcome.Success,
            Check: r => Assert.Equal(-1000m, ((PaymentResponse)r).Data.Amount)),

        // Values Finpay may add later.
        new("unknown source, type and currency", Call.Pay, Json(PaymentWithData("{\"amount\":1,\"source\":\"SATELLITE\",\"type\":\"TELEPORT\",\"currency\":\"XAU\"}")), Outcome.Success,
            Check: r =>
            {
                var data = ((PaymentResponse)r).Data;
                Assert.Equal(("SATELLITE", "TELEPORT", "XAU"), (data.Source.ToString(), data.Type.ToString(), data.Currency));
            }),
        new("an unknown payment status", Call.CheckStatus, Json("{" + Ok + ",\"data\":{\"result\":{\"payment\":{\"status\":\"ON_HOLD\"}}}}"), Outcome.Success,
            Check: r => Assert.Equal("ON_HOLD", ((CheckStatusResponse)r).Data.Result!.Payment!.Status)),
        new("an unknown success-like responseCode on 200", Call.Pay, Json(Error("2000001", "Success with remarks")), Outcome.ApiError,
            Check: e => Assert.Equal("2000001", ((FinpayApiException)e).ResponseCode?.ToString())),
        new("a responseCode that is not digits", Call.Pay, Json(Error("OK", "fine")), Outcome.ApiError,
            Check: e => Assert.Null(((FinpayApiException)e).ResponseCode?.Category)),

        // Missing and extra members.
        new("a payment without data", Call.Pay, Json("{" + Ok + ",\"processingTime\":1}"), Outcome.ApiError),
        new("a payment without responseMessage", Call.Pay, Json("{\"responseCode\":\"2000000\",\"data\":{}}"), Outcome.ApiError),
        new("an initiate without redirecturl", Call.Initiate, Json("{" + Ok + ",\"expiryLink\":\"2023-07-15 14:42:01\",\"processingTime\":0.1}"), Outcome.ApiError),
        new("an empty object", Call.Pay, Json("{}"), Outcome.ApiError, Check: e => Assert.Null(((FinpayApiException)e).ResponseCode)),
        new("extra members at every level are kept", Call.Pay, Json("{" + Ok + ",\"data\":{\"amount\":1,\"loyalty\":{\"points\":5},\"acquirer\":{\"id\":\"A\",\"region\":\"ID\"}},\"server\":\"edge-3\"}"), Outcome.Success,
            Check: r =>
            {
                var response = (PaymentResponse)r;
                Assert.True(response.AdditionalProperties.ContainsKey("server"));
                Assert.True(response.Data.AdditionalProperties.ContainsKey("loyalty"));
                Assert.True(response.Data.Acquirer!.AdditionalProperties.ContainsKey("region"));
            }),
        new("a duplicated responseCode whose last value is an error", Call.Pay, Json("{\"responseCode\":\"2000000\",\"responseMessage\":\"Success\",\"data\":{},\"responseCode\":\"4030015\"}"), Outcome.ApiError,
            Check: e => Assert.Equal("4030015", ((FinpayApiException)e).ResponseCode?.ToString())),

        // Error answers.
        new("a 200 carrying an error responseCode", Call.Pay, Json(Error("4030015", "Transaction Not Permitted")), Outcome.ApiError,
            Check: e => Assert.Equal("4030015", ((FinpayApiException)e).ResponseCode?.ToString())),
        new("a 500 with Finpay's envelope", Call.Pay, Json(Error("5000000", "General Error"), 500), Outcome.ApiError, Status: 500,
            Check: e => Assert.Equal("trace-7", ((FinpayApiException)e).TraceId)),
        new("a 503 with the envelope on a payment, not retried", Call.Pay, Json(Error("5030000", "Service Unavailable"), 503), Outcome.ApiError, Status: 503),
        new("a 503 without the envelope on a GET, retried then reported", Call.CheckStatus, Text("Service Unavailable", 503, "text/plain"), Outcome.ApiError, Status: 503, Hits: 4),
        new("a 429 on a GET, retried then reported", Call.CheckStatus, Json(Error("4290000", "Too Many Requests"), 429), Outcome.ApiError, Status: 429, Hits: 4),
        new("a 204 without a body", Call.Pay, Text("", 204, null), Outcome.ApiError, Status: 204),
        new("an error whose message is 50 KB long", Call.Pay, Json(Error("4000001", new string('m', 50_000)), 400), Outcome.ApiError, Status: 400),
        new("an error that echoes the card number and token", Call.Pay, Json(Error("4000002", "Card " + CardNumber + " with token " + RequestFactory.StoredCardToken + " declined"), 400), Outcome.ApiError, Status: 400,
            Check: e =>
            {
                var error = (FinpayApiException)e;
                foreach (var text in new[] { error.Message, error.ResponseMessage!, error.Body, error.ToString() })
                {
                    Assert.DoesNotContain(CardNumber, text);
                    Assert.DoesNotContain(RequestFactory.StoredCardToken, text);
                }
            }),
        new("a 307 redirect on a payment is not followed", Call.Pay, Redirect(307, "/elsewhere/pg/payment/card/payment"), Outcome.ApiError, Status: 307),
        new("a 302 redirect on a GET is not followed", Call.CheckStatus, Redirect(302, "/login"), Outcome.ApiError, Status: 302),

        // Encodings and headers.
        new("a byte order mark before the JSON", Call.Pay, Bytes(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(PaymentOk)).ToArray(), 200, "application/json"), Outcome.Success),
        new("invalid UTF-8 inside a string", Call.Pay, Bytes(Encoding.UTF8.GetBytes(PaymentOk.Replace("IDR", "I\u0001R", StringComparison.Ordinal)).Select(b => b == 1 ? (byte)0xC3 : b).ToArray(), 200, "application/json"), Outcome.Success),
        new("an unknown charset", Call.Pay, Text(PaymentOk, 200, "application/json; charset=klingon"), Outcome.Success),
        new("UTF-8 labelled as UTF-16", Call.Pay, Text(PaymentOk, 200, "application/json; charset=utf-16"), Outcome.Success,
            Check: r => Assert.Equal("IDR", ((PaymentResponse)r).Data.Currency)),
        new("Finpay's JSON labelled text/plain", Call.Pay, Text(PaymentOk, 200, "text/plain"), Outcome.Success),
        new("no Content-Type at all", Call.Pay, Text(PaymentOk, 200, null), Outcome.Success),

        // Size, speed and the connection.
        new("a body over the limit with a Content-Length", Call.Pay, Json("{" + Ok + ",\"pad\":\"" + new string('x', 200_000) + "\"}"), Outcome.ApiError,
            Check: e => Assert.Contains("MaxResponseBodyBytes", ((FinpayApiException)e).Message)),
        new("a chunked body over the limit", Call.Pay, HugeChunked(1024 * 1024), Outcome.ApiError,
            Check: e => Assert.Contains("MaxResponseBodyBytes", ((FinpayApiException)e).Message)),
        new("a slow body that finishes in time", Call.Pay, Trickle(PaymentOk, 5), Outcome.Success),
        new("a slow body that outlasts the time-out", Call.Pay, Stall(PaymentOk), Outcome.Timeout, AttemptTimeout: TimeSpan.FromMinutes(1)),
        new("a connection reset mid-body", Call.Pay, ResetMidBody(PaymentOk, PaymentOk.Length), Outcome.ConnectionFailure),
        new("a Content-Length longer than the body", Call.Pay, ResetMidBody(PaymentOk, PaymentOk.Length * 3), Outcome.ConnectionFailure),
        new("a connection dropped before any answer", Call.Pay, Drop(), Outcome.ConnectionFailure),
        new("a connection dropped before any answer on a GET, retried", Call.CheckStatus, Drop(), Outcome.ConnectionFailure, Hits: 4),
    };

    public static MalformedCase Named(string name) => All.Single(c => c.Name == name);
}
