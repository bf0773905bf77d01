using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace Finpay.Generated.ReliabilityTests.Faults;

/// <summary>Sits next to the wire and counts every attempt the SDK puts on it, per HTTP method.</summary>
internal sealed class WireCounter : DelegatingHandler
{
    private int _posts;
    private int _gets;

    public int Posts => Volatile.Read(ref _posts);

    public int Gets => Volatile.Read(ref _gets);

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref request.Method == HttpMethod.Post ? ref _posts : ref _gets);
        return base.SendAsync(request, cancellationToken);
    }
}
