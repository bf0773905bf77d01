using System.ComponentModel.DataAnnotations;
using System.Reflection;
using Newtonsoft.Json;
using Newtonsoft.Json.Serialization;

namespace Finpay.Generated.Serialization;

/// <summary>
/// The DTOs' contract with one rule of the spec added: a decimal the spec declares as a string (request amounts, which carry
/// NSwag's string attributes) travels as a string of digits; amounts in answers stay JSON numbers.
/// </summary>
internal class FinpayContractResolver : DefaultContractResolver
{
    public static readonly FinpayContractResolver Instance = new();

    protected override JsonProperty CreateProperty(MemberInfo member, MemberSerialization memberSerialization)
    {
        var property = base.CreateProperty(member, memberSerialization);
        if ((property.PropertyType == typeof(decimal) || property.PropertyType == typeof(decimal?)) &&
            member.GetCustomAttribute<StringLengthAttribute>() is not null)
            property.Converter = DigitStringAmountConverter.Instance;
        return property;
    }
}
