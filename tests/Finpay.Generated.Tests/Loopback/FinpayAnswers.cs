namespace Finpay.Generated.Tests.Loopback;

/// <summary>Bodies shaped like Finpay's answers.</summary>
internal static class FinpayAnswers
{
    public const string Initiate =
        """{"responseCode":"2000000","responseMessage":"Success","redirecturl":"https://devo.finpay.id/pg/payment/card/access/5deff9bd9b6be81ec2cc9d87b4f4eed5dae09198fd65731ed0eaf46a3aba5ffe","expiryLink":"2023-07-15 14:42:01","processingTime":0.12}""";

    public const string Payment =
        """{"responseCode":"2000000","responseMessage":"Success","data":{"amount":1000,"currency":"IDR","id":"C-46081b76","source":"INTERNET","type":"CAPTURE"},"processingTime":4.7}""";

    public const string Operation = """{"responseCode":"2000000","responseMessage":"Success","processingTime":0.1}""";

    public static string CheckStatus(string status) =>
        """{"responseCode":"2000000","responseMessage":"Success","data":{"order":{"id":"ORDER-1","amount":1000,"currency":"IDR"},"result":{"payment":{"status":"""
        + "\"" + status + "\"" + ""","amount":1000}}},"processingTime":0.1}""";

    public static string Error(string code, string message, string traceId = "trace-42") =>
        $$"""{"responseCode":"{{code}}","responseMessage":"{{message}}","processingTime":0.01,"traceId":"{{traceId}}"}""";
}
