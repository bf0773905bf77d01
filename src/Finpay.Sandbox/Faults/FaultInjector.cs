using System.Collections.Generic;
using System.Linq;

namespace Finpay.Sandbox.Faults;

/// <summary>The active fault rules. The first rule that matches a request is used (and counted down).</summary>
public sealed class FaultInjector
{
    private readonly object _gate = new();
    private readonly List<FaultRule> _rules = new();

    /// <summary>Adds a rule; rules apply in the order they were added.</summary>
    public void Add(FaultRule rule)
    {
        lock (_gate) _rules.Add(rule);
    }

    /// <summary>Removes every rule.</summary>
    public void Clear()
    {
        lock (_gate) _rules.Clear();
    }

    /// <summary>The rules still active.</summary>
    public IReadOnlyList<FaultRule> Rules
    {
        get
        {
            lock (_gate) return _rules.ToList();
        }
    }

    internal FaultRule? Take(string operation)
    {
        lock (_gate)
        {
            var rule = _rules.FirstOrDefault(r => r.Operation == "*" || r.Operation == operation);
            if (rule?.Times is { } times)
            {
                if (times <= 1) _rules.Remove(rule);
                else rule.Times = times - 1;
            }

            return rule;
        }
    }
}
