using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;

namespace Finpay.Sandbox.Orders;

/// <summary>All orders by id (ids are unique across the sandbox), and initiated orders by hosted-page token.</summary>
internal sealed class OrderBook
{
    private readonly ConcurrentDictionary<string, SandboxOrder> _orders = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, SandboxOrder> _byPageToken = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Adds the order unless its id is taken.</summary>
    public bool TryAdd(SandboxOrder order)
    {
        if (!_orders.TryAdd(order.Id, order)) return false;
        if (order.PageToken is not null) _byPageToken[order.PageToken] = order;
        return true;
    }

    /// <summary>The merchant's order with this id, or null (unknown, or another merchant's).</summary>
    public SandboxOrder? Find(string merchantId, string orderId) =>
        _orders.TryGetValue(orderId, out var order) && order.MerchantId == merchantId ? order : null;

    public SandboxOrder? FindByPageToken(string token) => _byPageToken.TryGetValue(token, out var order) ? order : null;

    public bool Remove(string orderId)
    {
        if (!_orders.TryRemove(orderId, out var order)) return false;
        if (order.PageToken is not null) _byPageToken.TryRemove(order.PageToken, out _);
        return true;
    }

    public IReadOnlyList<SandboxOrder> All => _orders.Values.ToList();

    public void Clear()
    {
        _orders.Clear();
        _byPageToken.Clear();
    }
}
