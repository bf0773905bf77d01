using Finpay.Generated.ContractTests.Native;

namespace Finpay.Generated.ContractTests.Dsl;

/// <summary>What the DSL remembers of one interaction, to name it in failures.</summary>
internal sealed class InteractionRecord
{
    public InteractionRecord(uint handle, string description)
    {
        Handle = handle;
        Description = description;
    }

    public uint Handle { get; }

    public string Description { get; }

    public string? Method { get; set; }

    public string? Path { get; set; }

    public PactException Failure(string what)
    {
        var native = PactFfi.LastError();
        return new PactException($"Interaction '{Description}': {what}{(native is null ? "." : ": " + native)}");
    }
}
