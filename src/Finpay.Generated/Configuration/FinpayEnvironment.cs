namespace Finpay.Generated.Configuration;

/// <summary>Which Finpay host the client talks to.</summary>
public enum FinpayEnvironment
{
    /// <summary>Finpay's sandbox, <c>https://devo.finnet.co.id</c>. No real money moves.</summary>
    Development = 0,

    /// <summary>Finpay's live host, <c>https://live.finnet.co.id</c>.</summary>
    Production = 1,
}
