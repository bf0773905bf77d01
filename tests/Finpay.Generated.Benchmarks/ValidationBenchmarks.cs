using System.Collections;
using System.Collections.Generic;
using System.ComponentModel.DataAnnotations;
using System.Linq;
using System.Reflection;
using BenchmarkDotNet.Attributes;
using Finpay.Generated.Serialization;

namespace Finpay.Generated.Benchmarks;

/// <summary>
/// The source-generated, reflection-free <c>Validate()</c> against DataAnnotations' <see cref="Validator.TryValidateObject(object, ValidationContext, ICollection{ValidationResult}, bool)"/>
/// walked recursively over nested objects and arrays, on the fullest valid request. Goal: at least 20 times faster and zero
/// bytes allocated.
/// </summary>
[MemoryDiagnoser]
public class ValidationBenchmarks
{
    private PaymentRequest _request = null!;

    [GlobalSetup]
    public void Setup() => _request = FinpayJson.Deserialize<PaymentRequest>(Payloads.FullPaymentRequest)!;

    [Benchmark(Baseline = true)]
    public bool DataAnnotations_TryValidateObject_recursive() => TryValidateRecursively(_request, new List<ValidationResult>());

    [Benchmark]
    public int Generated_Validate() => _request.Validate().Count;

    private static bool TryValidateRecursively(object value, List<ValidationResult> results)
    {
        var valid = Validator.TryValidateObject(value, new ValidationContext(value), results, validateAllProperties: true);
        foreach (var property in value.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetIndexParameters().Length > 0 || property.PropertyType == typeof(string) || property.PropertyType.IsValueType) continue;
            // Only the SDK's own DTOs are walked: free-form data (meta.data) is not part of the schema.
            var child = property.GetValue(value);
            if (child is IList items)
            {
                foreach (var item in items.Cast<object>().Where(IsDto))
                    valid &= TryValidateRecursively(item, results);
            }
            else if (child is not null && IsDto(child))
            {
                valid &= TryValidateRecursively(child, results);
            }
        }

        return valid;
    }

    private static bool IsDto(object value) => value.GetType().Namespace == typeof(PaymentRequest).Namespace;
}
