using System;
using System.Collections.Generic;
using System.Linq;

namespace Finpay.Sandbox.Ledger;

/// <summary>Every charge, refund and void the sandbox made, per order id, in order. Tests read it to see what money moved.</summary>
public sealed class ChargeLedger
{
    private readonly object _gate = new();
    private readonly Dictionary<string, List<LedgerEntry>> _byOrder = new(StringComparer.Ordinal);
    private readonly List<LedgerEntry> _all = new();

    /// <summary>The entries of one order, oldest first; empty when nothing was recorded.</summary>
    public IReadOnlyList<LedgerEntry> For(string orderId)
    {
        lock (_gate) return _byOrder.TryGetValue(orderId, out var entries) ? entries.ToList() : new List<LedgerEntry>();
    }

    /// <summary>Every entry, oldest first.</summary>
    public IReadOnlyList<LedgerEntry> All
    {
        get
        {
            lock (_gate) return _all.ToList();
        }
    }

    internal LedgerEntry Record(string orderId, string kind, decimal amount, string currency, string status, string reference,
        DateTimeOffset at, string? cardMask, string? detail = null)
    {
        lock (_gate)
        {
            if (!_byOrder.TryGetValue(orderId, out var entries)) _byOrder[orderId] = entries = new List<LedgerEntry>();
            var entry = new LedgerEntry(orderId, entries.Count + 1, kind, amount, currency, status, reference, at, cardMask, detail);
            entries.Add(entry);
            _all.Add(entry);
            return entry;
        }
    }

    internal void Clear()
    {
        lock (_gate)
        {
            _byOrder.Clear();
            _all.Clear();
        }
    }
}
