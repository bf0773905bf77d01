namespace Finpay.Shop.Payments;

/// <summary>What the customer typed at checkout, already checked by the form.</summary>
public sealed record CustomerDetails(string FirstName, string LastName, string Email, string MobilePhone)
{
    /// <summary>First and last name.</summary>
    public string FullName => (FirstName + " " + LastName).Trim();
}
