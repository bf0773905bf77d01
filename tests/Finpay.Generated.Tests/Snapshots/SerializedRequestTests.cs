using Finpay.Generated.Serialization;
using Xunit;

namespace Finpay.Generated.Tests.Snapshots;

public class SerializedRequestTests
{
    [Fact]
    public void Recurring_initiate() => Snapshot.MatchJson(FinpayJson.Serialize(RequestFactory.RecurringInitiate()));

    [Fact]
    public void One_click_payment() => Snapshot.MatchJson(FinpayJson.Serialize(RequestFactory.OneClickPayment()));

    [Fact]
    public void Payment_with_every_optional_object() => Snapshot.MatchJson(FinpayJson.Serialize(RequestFactory.FullPayment()));
}
