using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Threading;
using System.Threading.Tasks;
using Finpay.Generated.Errors;
using Finpay.Generated.Tests.Loopback;
using Finpay.Generated.Tests.Snapshots;
using Microsoft.AspNetCore.Http;
using Finpay.Testing.Fixtures;
using Xunit;

namespace Finpay.Generated.Tests.Runtime;

/// <summary>
/// Every public async method of the client, found by reflection so a new operation is covered the day it is added, against
/// every kind of bad answer: the only exceptions a caller ever sees are <see cref="FinpayException"/>s, plus
/// <see cref="ArgumentException"/> for a missing argument and <see cref="OperationCanceledException"/> for the caller's
/// own cancellation.
/// </summary>
public class ClientExceptionConventionTests
{
    private static readonly MethodInfo[] Methods = typeof(IFinpayCardClient).GetMethods()
        .Where(m => typeof(Task).IsAssignableFrom(m.ReturnType)).OrderBy(m => m.Name, StringComparer.Ordinal).ToArray();

    private static readonly Dictionary<string, Func<HttpContext, Task>> BadAnswers = new()
    {
        ["400 refusal"] = c => LoopbackServer.Answer(c, 400, FinpayAnswers.Error("4000001", "Bad Request")),
        ["200 refusal"] = c => LoopbackServer.Answer(c, 200, FinpayAnswers.Error("4030015", "Transaction Not Permitted")),
        ["200 of the wrong shape"] = c => LoopbackServer.Answer(c, 200, """{"responseCode":"2000000","data":[1,2],"redirecturl":{"x":1},"processingTime":"soon"}"""),
        ["200 JSON null"] = c => LoopbackServer.Answer(c, 200, "null"),
        ["200 cut off"] = c => LoopbackServer.Answer(c, 200, """{"responseCode":"2000000","responseMessage":"Succ"""),
        ["201 success"] = c => LoopbackServer.Answer(c, 201, FinpayAnswers.Operation),
        ["302 redirect"] = c => LoopbackServer.Answer(c, 302, ""),
        ["500 envelope"] = c => LoopbackServer.Answer(c, 500, FinpayAnswers.Error("5000001", "General Error")),
        ["502 HTML"] = c => LoopbackServer.Answer(c, 502, "<html><body>Bad Gateway</body></html>", "text/html"),
        ["connection dropped"] = c =>
        {
            c.Abort();
            return Task.CompletedTask;
        },
    };

    public static TheoryData<string, string> MethodsAndAnswers()
    {
        var data = new TheoryData<string, string>();
        foreach (var method in Methods)
            foreach (var answer in BadAnswers.Keys) data.Add(method.Name, answer);
        return data;
    }

    public static TheoryData<string> MethodNames() => new(Methods.Select(m => m.Name));

    [Fact]
    public void The_client_has_the_seven_operations_of_the_spec()
    {
        Assert.Equal(7, Methods.Length);
    }

    [Theory]
    [MemberData(nameof(MethodsAndAnswers))]
    public async Task Every_bad_answer_reaches_the_caller_as_a_FinpayException(string methodName, string answer)
    {
        await using var server = await LoopbackServer.StartAsync((context, _) => BadAnswers[answer](context));
        using var sdk = TestClients.Create(server.BaseUrl, options => options.MaxRetries = 0);

        var error = await Record.ExceptionAsync(() => Invoke(sdk.Client, methodName, CancellationToken.None));

        Assert.IsAssignableFrom<FinpayException>(error);
    }

    [Theory]
    [MemberData(nameof(MethodNames))]
    public async Task A_refused_connection_and_an_invalid_argument_are_FinpayExceptions_too(string methodName)
    {
        using var sdk = TestClients.Create(new Uri("http://127.0.0.1:9/"), options => options.MaxRetries = 0);

        var refused = await Record.ExceptionAsync(() => Invoke(sdk.Client, methodName, CancellationToken.None));
        var invalid = await Record.ExceptionAsync(() => Invoke(sdk.Client, methodName, CancellationToken.None, invalid: true));

        Assert.IsType<FinpayConnectionException>(refused);
        Assert.IsType<Finpay.Generated.Validation.FinpayValidationException>(invalid);
    }

    [Theory]
    [MemberData(nameof(MethodNames))]
    public async Task The_callers_own_mistakes_stay_argument_and_cancellation_exceptions(string methodName)
    {
        await using var server = await LoopbackServer.StartAsync((context, _) => LoopbackServer.Answer(context, 200, FinpayAnswers.Operation));
        using var sdk = TestClients.Create(server.BaseUrl);
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        var missing = await Record.ExceptionAsync(() => Invoke(sdk.Client, methodName, CancellationToken.None, missing: true));
        var cancellation = await Record.ExceptionAsync(() => Invoke(sdk.Client, methodName, cancelled.Token));

        Assert.IsType<ArgumentNullException>(missing);
        Assert.IsAssignableFrom<OperationCanceledException>(cancellation);
        Assert.Equal(0, server.Hits);
    }

    private static Task Invoke(IFinpayCardClient client, string methodName, CancellationToken cancellationToken, bool invalid = false, bool missing = false)
    {
        var method = Methods.Single(m => m.Name == methodName);
        var arguments = method.GetParameters().Select(p => p.ParameterType == typeof(CancellationToken)
            ? cancellationToken
            : missing ? null : Argument(p, invalid)).ToArray();
        return (Task)method.Invoke(client, arguments)!;
    }

    /// <summary>A valid value (or one that breaks a rule) for each parameter the client's methods take; a new one fails here first.</summary>
    private static object Argument(ParameterInfo parameter, bool invalid)
    {
        var tooLong = new string('1', 100);
        return (parameter.ParameterType.Name, parameter.Name) switch
        {
            (nameof(String), "orderId") => invalid ? tooLong : "ORDER-1",
            (nameof(String), "cardToken") => invalid ? tooLong : RequestFactory.StoredCardToken,
            (nameof(InitiateRequest), _) => Initiate(invalid ? tooLong : null),
            (nameof(PaymentRequest), _) => Payment(invalid ? tooLong : null),
            (nameof(RefundRequest), _) => new RefundRequest { Order = new RefundOrder { Id = invalid ? tooLong : "ORDER-1", Amount = 1000 } },
            _ => throw new InvalidOperationException($"No sample argument for {parameter.ParameterType.Name} {parameter.Name}: add one here."),
        };
    }

    private static InitiateRequest Initiate(string? orderId)
    {
        var request = RequestFactory.RecurringInitiate();
        if (orderId is not null) request.Order.Id = orderId;
        return request;
    }

    private static PaymentRequest Payment(string? orderId)
    {
        var request = RequestFactory.OneClickPayment();
        if (orderId is not null) request.Order.Id = orderId;
        return request;
    }
}
