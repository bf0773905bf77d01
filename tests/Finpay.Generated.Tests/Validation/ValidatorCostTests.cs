using System;
using System.Collections.Generic;
using System.Linq;
using Finpay.Generated.Tests.Snapshots;
using Finpay.Generated.Validation;
using Xunit;

// These tests build invalid requests on purpose, as values arriving at run time would be.
#pragma warning disable FINPAY001, FINPAY002

namespace Finpay.Generated.Tests.Validation;

/// <summary>
/// A valid request is checked without allocating: the error list and the paths are built only for a broken rule. These
/// tests hold that, and that the lazily built paths are still exact down to nested objects and array items.
/// </summary>
public sealed class ValidatorCostTests
{
    [Fact]
    public void The_fullest_valid_payment_validates_without_allocating_a_byte()
    {
        var payment = RequestFactory.FullPayment();
        Assert.Empty(payment.Validate());

        var before = GC.GetAllocatedBytesForCurrentThread();
        var errors = payment.Validate();
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Empty(errors);
        Assert.Equal(0, allocated);
    }

    [Fact]
    public void A_valid_recurring_initiate_validates_without_allocating_a_byte()
    {
        var initiate = RequestFactory.RecurringInitiate();
        Assert.Empty(initiate.Validate());

        var before = GC.GetAllocatedBytesForCurrentThread();
        var errors = initiate.Validate();
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Empty(errors);
        Assert.Equal(0, allocated);
    }

    [Fact]
    public void Errors_deep_in_nested_objects_and_array_items_carry_their_exact_wire_paths()
    {
        var payment = RequestFactory.FullPayment();
        var item = payment.Order.Item![0];
        payment.Order.Item = new List<OrderItem>
        {
            item,
            new() { Name = "Plan Pro", Category = "software", Quantity = "1", UnitPrice = -150000 },
            null!,
        };
        payment.Order.TransactionFiltering!.Accepted!.CardBin = new List<string> { "481111", "52000x" };
        payment.Order.TransactionFiltering.Point!.Rule = new List<string> { "DOUBLE", string.Empty };
        payment.Customer.Account!.Id = new string('a', 200);
        payment.Recurring!.Retry!.Interval = "3O";

        var errors = payment.Validate().Select(e => (e.Path, e.Rule)).ToList();

        Assert.Equal(
            new[]
            {
                ("order.item[1].unitPrice", "pattern"),
                ("order.item[2]", "required"),
                ("order.transactionFiltering.accepted.cardBin[1]", "pattern"),
                ("order.transactionFiltering.point.rule[1]", "minLength"),
                ("customer.account.id", "maxLength"),
                ("recurring.retry.interval", "pattern"),
            },
            errors);
    }

    [Fact]
    public void A_path_deeper_than_the_spec_nests_is_still_written_in_full()
    {
        var path = default(ValidationPath).Property("a").Item("b", 12).Property("c").Property("d").Property("e").Item("f", 0);

        Assert.Equal("a.b[12].c.d.e.f[0].g", path.Text("g"));
        Assert.Equal("a.b[12].c.d.e.f[0]", path.ToString());
        Assert.Equal("top", default(ValidationPath).Text("top"));
    }
}
