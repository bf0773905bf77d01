using System;
using System.Threading.Tasks;
using Finpay.Generated.Errors;
using Xunit;

namespace Finpay.Generated.ContractTests.Consumer;

/// <summary>What the SDK tells its caller when Finpay answers with an error: HTTP status, Finpay's code and message.</summary>
internal sealed record ApiFailure(int Status, string? ResponseCode, string? ResponseMessage)
{
    public static async Task<ApiFailure> CaptureAsync(Func<Task> call)
    {
        var exception = await Assert.ThrowsAsync<FinpayApiException>(call);
        return new ApiFailure(exception.StatusCode, exception.ResponseCode?.ToString(), exception.ResponseMessage);
    }
}
