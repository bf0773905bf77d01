namespace Finpay.Generated.ContractTests.Native;

/// <summary>pact_ffi's <c>PactSpecification</c> values.</summary>
internal enum PactSpecification
{
    Unknown = 0,
    V1 = 1,
    V1_1 = 2,
    V2 = 3,
    V3 = 4,
    V4 = 5,
}
