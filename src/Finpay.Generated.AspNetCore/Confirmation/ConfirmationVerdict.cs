namespace Finpay.Generated.AspNetCore.Confirmation;

internal enum ConfirmationVerdict
{
    Confirmed,
    Refuted,
    Unavailable,
}
