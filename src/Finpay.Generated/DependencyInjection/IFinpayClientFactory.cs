namespace Finpay.Generated.DependencyInjection;

/// <summary>
/// Gives the client registered under a name with <c>AddFinpay(name, ...)</c>, for code that learns the merchant account only
/// at run time (a platform serving several merchants). Resolve it from dependency injection.
/// </summary>
public interface IFinpayClientFactory
{
    /// <summary>The client registered as <paramref name="name"/>; the empty name gives the client of <c>AddFinpay</c> without a name.</summary>
    /// <exception cref="System.InvalidOperationException">No client is registered under <paramref name="name"/>.</exception>
    IFinpayCardClient GetClient(string name);
}
