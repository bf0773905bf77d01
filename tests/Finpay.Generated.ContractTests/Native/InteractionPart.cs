namespace Finpay.Generated.ContractTests.Native;

/// <summary>pact_ffi's <c>InteractionPart</c>: which half of an HTTP interaction a header or body belongs to.</summary>
internal enum InteractionPart
{
    Request = 0,
    Response = 1,
}
