using Finpay.Generated.ContractTests.Native;

namespace Finpay.Generated.ContractTests.Dsl;

/// <summary>The response the provider must give: status, headers and body (extra members are allowed).</summary>
public sealed class ResponseBuilder
{
    private readonly InteractionRecord _interaction;

    internal ResponseBuilder(InteractionRecord interaction) => _interaction = interaction;

    /// <summary>The HTTP status code.</summary>
    public ResponseBuilder WithStatus(int status)
    {
        if (!PactFfi.ResponseStatus(_interaction.Handle, checked((ushort)status)))
            throw _interaction.Failure($"WithStatus({status}) was refused");
        return this;
    }

    /// <summary>A response header matched exactly.</summary>
    public ResponseBuilder WithHeader(string name, string value)
    {
        if (!PactFfi.WithHeader(_interaction.Handle, InteractionPart.Response, name, 0, value))
            throw _interaction.Failure($"WithHeader({name}) was refused");
        return this;
    }

    /// <summary>A JSON response body; sets Content-Type: application/json.</summary>
    public ResponseBuilder WithJsonBody(object body)
    {
        if (!PactFfi.WithBody(_interaction.Handle, InteractionPart.Response, "application/json", PactJson.Serialize(body)))
            throw _interaction.Failure("WithJsonBody (response) was refused");
        return this;
    }
}
