using System.Globalization;
using System.Threading.Tasks;
using Finpay.Generated.Values;
using Microsoft.AspNetCore.Http;

namespace Finpay.Generated.AspNetCore.Endpoint;

/// <summary>
/// What the endpoint answers: Finpay's success envelope, which tells Finpay to stop sending, or an envelope of the same
/// shape with a non-2xx status (its code is the status followed by zeros) so Finpay sends the callback again.
/// </summary>
internal static class CallbackAnswer
{
    public static Task SuccessAsync(HttpContext context) => WriteAsync(context, StatusCodes.Status200OK, ResponseCode.Success.ToString(), "Success");

    public static Task ErrorAsync(HttpContext context, int statusCode, string message, int? retryAfterSeconds = null)
    {
        if (retryAfterSeconds is { } seconds) context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        return WriteAsync(context, statusCode, statusCode.ToString(CultureInfo.InvariantCulture) + "0000", message);
    }

    private static Task WriteAsync(HttpContext context, int statusCode, string responseCode, string message)
    {
        context.Response.StatusCode = statusCode;
        context.Response.ContentType = "application/json";
        // Both strings are the endpoint's own constants: nothing to escape.
        return context.Response.WriteAsync("{\"responseCode\":\"" + responseCode + "\",\"responseMessage\":\"" + message + "\"}");
    }
}
