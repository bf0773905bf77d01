using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;

namespace Finpay.Generated.ReliabilityTests.Secrets;

/// <summary>
/// Builds an instance of a public SDK class with every writable member filled, secrets in the members that hold them
/// (token, number, cvv, key) and a plain marker elsewhere, nested objects and lists included.
/// </summary>
internal static class SecretFiller
{
    private const int MaxDepth = 5;

    public static object? Create(Type type, int depth = 0)
    {
        if (depth > MaxDepth || type.IsAbstract || type.GetConstructor(Type.EmptyTypes) is null) return null;
        var instance = Activator.CreateInstance(type)!;
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0))
        {
            if (property.CanWrite && property.SetMethod!.IsPublic && ValueFor(property.Name, property.PropertyType, depth) is { } value)
                property.SetValue(instance, value);
            else if (property.CanRead && property.GetValue(instance) is IDictionary<string, object> extra)
                extra["token"] = KnownSecrets.CardToken;
        }

        return instance;
    }

    public static string SecretFor(string memberName)
    {
        var name = memberName.ToLowerInvariant();
        if (name.Contains("token")) return KnownSecrets.CardToken;
        if (name.Contains("number") || name == "pan") return KnownSecrets.CardNumber;
        if (name.Contains("cvv") || name.Contains("cvc") || name.Contains("security")) return KnownSecrets.Cvv;
        if (name.Contains("key") || name.Contains("secret") || name.Contains("password")) return KnownSecrets.MerchantKey;
        if (name.Contains("authorization")) return "Basic " + KnownSecrets.AuthorizationValue;
        return "plain-" + memberName;
    }

    private static object? ValueFor(string name, Type type, int depth)
    {
        if (type == typeof(string)) return SecretFor(name);
        if (type == typeof(object)) return SecretFor(name);
        if (type.IsGenericType && type.GetGenericTypeDefinition() is var definition
            && (definition == typeof(IList<>) || definition == typeof(ICollection<>) || definition == typeof(List<>) || definition == typeof(IEnumerable<>)))
        {
            var element = type.GetGenericArguments()[0];
            var list = (IList)Activator.CreateInstance(typeof(List<>).MakeGenericType(element))!;
            if (ValueFor(name, element, depth + 1) is { } item) list.Add(item);
            return list;
        }

        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IDictionary<,>) && type.GetGenericArguments()[0] == typeof(string))
        {
            var dictionary = (IDictionary)Activator.CreateInstance(typeof(Dictionary<,>).MakeGenericType(type.GetGenericArguments()))!;
            if (ValueFor("token", type.GetGenericArguments()[1], depth + 1) is { } value) dictionary["token"] = value;
            return dictionary;
        }

        if (type.IsClass && type.Assembly == typeof(IFinpayCardClient).Assembly) return Create(type, depth + 1);
        return null;
    }
}
