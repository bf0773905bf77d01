using System.Threading;
using System.Threading.Tasks;

namespace Finpay.Generated.AspNetCore.Tests.Infrastructure;

/// <summary>The merchant's handler in the tests: hands every payment event to the test's <see cref="HandledEvents"/>.</summary>
internal sealed class RecordingHandler : IFinpayCallbackHandler
{
    private readonly HandledEvents _events;

    public RecordingHandler(HandledEvents events) => _events = events;

    public Task HandleAsync(FinpayPaymentEvent paymentEvent, CancellationToken cancellationToken) => _events.RunAsync(paymentEvent, cancellationToken);
}
