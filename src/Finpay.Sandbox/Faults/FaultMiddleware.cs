using System;
using System.IO;
using System.Text;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Finpay.Sandbox.Faults;

/// <summary>Applies the fault rule (if any) that matches the endpoint's operation name.</summary>
internal sealed class FaultMiddleware
{
    // What nginx answers when its upstream fails: no Finpay envelope, not JSON.
    private const string ProxyPage = "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n";

    private readonly RequestDelegate _next;
    private readonly FaultInjector _faults;

    public FaultMiddleware(RequestDelegate next, FaultInjector faults)
    {
        _next = next;
        _faults = faults;
    }

    public async Task InvokeAsync(HttpContext context)
    {
        var operation = context.GetEndpoint()?.Metadata.GetMetadata<IEndpointNameMetadata>()?.EndpointName;
        var rule = operation is null ? null : _faults.Take(operation);
        if (rule is null)
        {
            await _next(context);
            return;
        }

        switch (rule.Kind)
        {
            case FaultKind.Delay when rule.AfterProcessing:
                var late = await RunDiscardingAnswerAsync(context);
                try
                {
                    await Task.Delay(rule.Delay, context.RequestAborted);
                }
                catch (OperationCanceledException)
                {
                    // The client gave up first: the operation happened and nobody heard the answer.
                    return;
                }

                await context.Response.WriteAsync(late);
                return;
            case FaultKind.Delay:
                await Task.Delay(rule.Delay, context.RequestAborted);
                await _next(context);
                return;
            case FaultKind.ProxyError:
                if (rule.AfterProcessing) await RunDiscardingAnswerAsync(context);
                context.Response.Clear();
                context.Response.StatusCode = StatusCodes.Status502BadGateway;
                context.Response.ContentType = "text/html";
                await context.Response.WriteAsync(ProxyPage);
                return;
            case FaultKind.ServerError:
                if (rule.AfterProcessing) await RunDiscardingAnswerAsync(context);
                context.Response.Clear();
                context.Response.StatusCode = rule.StatusCode is >= 500 and <= 599 ? rule.StatusCode : 503;
                context.Response.ContentType = "application/json";
                await context.Response.WriteAsync(
                    $"{{\"responseCode\":\"{context.Response.StatusCode}0000\",\"responseMessage\":\"General Error. Injected by the sandbox\"}}");
                return;
            case FaultKind.MalformedBody:
                var answer = await RunDiscardingAnswerAsync(context);
                context.Response.StatusCode = StatusCodes.Status200OK;
                context.Response.ContentType = "application/json";
                await context.Response.WriteAsync(answer.Substring(0, answer.Length / 2));
                return;
            case FaultKind.DropConnection:
                if (rule.AfterProcessing) await RunDiscardingAnswerAsync(context);
                context.Abort();
                return;
            default:
                throw new InvalidOperationException("Unknown fault kind " + rule.Kind);
        }
    }

    private async Task<string> RunDiscardingAnswerAsync(HttpContext context)
    {
        var original = context.Response.Body;
        using var buffer = new MemoryStream();
        context.Response.Body = buffer;
        try
        {
            await _next(context);
        }
        finally
        {
            context.Response.Body = original;
        }

        context.Response.Headers.ContentLength = null;
        return Encoding.UTF8.GetString(buffer.ToArray());
    }
}
