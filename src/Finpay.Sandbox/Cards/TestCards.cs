using System.Collections.Generic;
using System.Linq;

namespace Finpay.Sandbox.Cards;

/// <summary>The cards the hosted page accepts. Every other number is refused as "not a sandbox test card".</summary>
public static class TestCards
{
    /// <summary>VISA credit, always approved.</summary>
    public static readonly TestCard Approved =
        new("4811111111111114", "VISA", "CREDIT", "BANK CIMB NIAGA", TestCardOutcome.Approved, "Approved");

    /// <summary>Mastercard debit, always approved.</summary>
    public static readonly TestCard ApprovedMastercard =
        new("5211111111111117", "MASTERCARD", "DEBIT", "BANK MANDIRI", TestCardOutcome.Approved, "Approved (Mastercard debit)");

    /// <summary>Declined on the hosted page: do not honor.</summary>
    public static readonly TestCard Declined =
        new("4911111111111113", "VISA", "CREDIT", "BANK BNI", TestCardOutcome.Declined, "Declined: do not honor");

    /// <summary>Approved and stored on the hosted page; later one-click and recurring charges fail for insufficient funds.</summary>
    public static readonly TestCard InsufficientFundsLater =
        new("4411111111111118", "VISA", "CREDIT", "BANK BRI", TestCardOutcome.InsufficientFundsLater, "Approved once, later charges: insufficient funds");

    /// <summary>All test cards, in the order the hosted page lists them.</summary>
    public static IReadOnlyList<TestCard> All { get; } = new[] { Approved, ApprovedMastercard, Declined, InsufficientFundsLater };

    /// <summary>The test card with this number (spaces and dashes ignored), or null.</summary>
    public static TestCard? Find(string number)
    {
        var digits = new string(number.Where(char.IsAsciiDigit).ToArray());
        return All.FirstOrDefault(c => c.Number == digits);
    }
}
