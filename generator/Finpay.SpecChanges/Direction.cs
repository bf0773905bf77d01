namespace Finpay.SpecChanges;

/// <summary>Who writes a value: the SDK user (a request) or Finpay (a response or a callback the user reads).</summary>
public enum Direction
{
    Request,
    Response,
}
