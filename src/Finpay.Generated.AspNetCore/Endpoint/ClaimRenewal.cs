using System;
using System.Threading;
using System.Threading.Tasks;

namespace Finpay.Generated.AspNetCore.Endpoint;

/// <summary>
/// Keeps a claim alive while its holder works: every third of the claim timeout it is extended with the owner's token, so
/// a handler slower than the timeout is not run a second time by a re-delivery, while the claim of an instance that died
/// (no more renewals) still lapses one timeout later. Time comes from the app's <see cref="TimeProvider"/>.
/// </summary>
internal sealed class ClaimRenewal : IDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private Task _loop = Task.CompletedTask;

    private ClaimRenewal()
    {
    }

    public static ClaimRenewal Start(ICallbackClaimStore claims, CallbackClaim claim, TimeSpan claimTimeout, TimeProvider time, Action renewed, Action<string> trouble)
    {
        var renewal = new ClaimRenewal();
        renewal._loop = renewal.RunAsync(claims, claim, claimTimeout, time, renewed, trouble);
        return renewal;
    }

    /// <summary>Stops renewing and waits for a renewal in flight, so nothing extends the claim after it was completed or released.</summary>
    public async Task StopAsync()
    {
        if (!_stop.IsCancellationRequested) await _stop.CancelAsync().ConfigureAwait(false);
        await _loop.ConfigureAwait(false);
    }

    private async Task RunAsync(ICallbackClaimStore claims, CallbackClaim claim, TimeSpan claimTimeout, TimeProvider time, Action renewed, Action<string> trouble)
    {
        var interval = TimeSpan.FromTicks(Math.Max(1, claimTimeout.Ticks / 3));
        while (true)
        {
            try
            {
                await Task.Delay(interval, time, _stop.Token).ConfigureAwait(false);
                if (await claims.RenewAsync(claim, claimTimeout, _stop.Token).ConfigureAwait(false))
                {
                    renewed();
                }
                else
                {
                    trouble("it had lapsed and may be held by another request");
                    return;
                }
            }
            catch (OperationCanceledException) when (_stop.IsCancellationRequested)
            {
                return;
            }
#pragma warning disable CA1031 // A store that fails now may answer at the next renewal; the claim is still valid until it lapses.
            catch (Exception failure)
#pragma warning restore CA1031
            {
                trouble(failure.GetType().Name + ": " + failure.Message);
            }
        }
    }

    public void Dispose()
    {
        _stop.Cancel();
        _stop.Dispose();
    }
}
