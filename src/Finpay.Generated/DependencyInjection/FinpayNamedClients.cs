using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Finpay.Generated.DependencyInjection;

/// <summary>The names registered with <c>AddFinpay</c>, one instance per registration, and the factory that resolves them.</summary>
internal sealed class FinpayNamedClients : IFinpayClientFactory
{
    private readonly IServiceProvider _provider;
    private readonly HashSet<string> _names;

    public FinpayNamedClients(IServiceProvider provider, IEnumerable<Registration> registrations)
    {
        _provider = provider;
        _names = new HashSet<string>(registrations.Select(r => r.Name), StringComparer.Ordinal);
    }

    public IFinpayCardClient GetClient(string name)
    {
        if (name is null) throw new ArgumentNullException(nameof(name));
        if (!_names.Contains(name))
        {
            var known = _names.Count == 0 ? "none" : string.Join(", ", _names.OrderBy(n => n, StringComparer.Ordinal).Select(n => n.Length == 0 ? "(default)" : "'" + n + "'"));
            throw new InvalidOperationException($"No Finpay client is registered as '{name}': call services.AddFinpay(\"{name}\", ...). Registered: {known}.");
        }

        return name == Options.DefaultName
            ? _provider.GetRequiredService<IFinpayCardClient>()
            : _provider.GetRequiredKeyedService<IFinpayCardClient>(name);
    }

    /// <summary>One <c>AddFinpay</c> name: the marker that keeps a second call for the same name from adding the handlers twice.</summary>
    internal sealed class Registration
    {
        public Registration(string name) => Name = name;

        public string Name { get; }
    }
}
