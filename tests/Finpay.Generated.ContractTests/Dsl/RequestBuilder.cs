using System.Collections.Generic;
using Finpay.Generated.ContractTests.Native;

namespace Finpay.Generated.ContractTests.Dsl;

/// <summary>The expected request of one interaction: provider states, method, path, headers and body.</summary>
public sealed class RequestBuilder
{
    private readonly InteractionRecord _interaction;

    internal RequestBuilder(InteractionRecord interaction) => _interaction = interaction;

    /// <summary>A provider state the provider sets up before the request (its <c>/provider-states</c> endpoint).</summary>
    public RequestBuilder Given(string state) => Given(state, new Dictionary<string, string>());

    /// <summary>A provider state with parameters, e.g. <c>Given("an order is paid", new { orderId = "..." })</c>.</summary>
    public RequestBuilder Given(string state, object parameters)
    {
        var json = PactJson.Serialize(parameters);
        var code = PactFfi.GivenWithParams(_interaction.Handle, state, json);
        if (code != 0)
            throw _interaction.Failure($"Given(\"{state}\", {json}) was refused with code {code}");
        return this;
    }

    /// <summary>The request line. <paramref name="path"/> is matched exactly.</summary>
    public RequestBuilder WithRequest(string method, string path)
    {
        if (!PactFfi.WithRequest(_interaction.Handle, method, path))
            throw _interaction.Failure($"WithRequest({method} {path}) was refused");
        _interaction.Method = method;
        _interaction.Path = path;
        return this;
    }

    /// <summary>A request header matched exactly.</summary>
    public RequestBuilder WithHeader(string name, string value) => Header(name, value);

    /// <summary>A request header matched by a rule (e.g. a regex for Authorization).</summary>
    public RequestBuilder WithHeader(string name, Matcher value) => Header(name, value.ToString());

    /// <summary>A JSON request body; unexpected members in the actual request are mismatches.</summary>
    public RequestBuilder WithJsonBody(object body)
    {
        if (!PactFfi.WithBody(_interaction.Handle, InteractionPart.Request, "application/json", PactJson.Serialize(body)))
            throw _interaction.Failure("WithJsonBody (request) was refused");
        return this;
    }

    /// <summary>Moves on to the expected response.</summary>
    public ResponseBuilder WillRespond() => new(_interaction);

    private RequestBuilder Header(string name, string value)
    {
        if (!PactFfi.WithHeader(_interaction.Handle, InteractionPart.Request, name, 0, value))
            throw _interaction.Failure($"WithHeader({name}) was refused");
        return this;
    }
}
