using System.Net.Http;

namespace Finpay.Generated.Http;

/// <summary>What one handler learns about a call and an outer handler reports (the response code, for the log and the span).</summary>
internal static class RequestState
{
    private const string ResponseCodeKey = "Finpay.ResponseCode";

#if NET5_0_OR_GREATER
    private static readonly HttpRequestOptionsKey<string> ResponseCodeOption = new(ResponseCodeKey);

    public static void SetResponseCode(HttpRequestMessage request, string code) => request.Options.Set(ResponseCodeOption, code);

    public static string? GetResponseCode(HttpRequestMessage request) =>
        request.Options.TryGetValue(ResponseCodeOption, out var code) ? code : null;
#else
    public static void SetResponseCode(HttpRequestMessage request, string code) => request.Properties[ResponseCodeKey] = code;

    public static string? GetResponseCode(HttpRequestMessage request) =>
        request.Properties.TryGetValue(ResponseCodeKey, out var code) ? code as string : null;
#endif
}
