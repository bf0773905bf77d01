using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Threading.Tasks;
using Finpay.Testing.Fixtures;
using Newtonsoft.Json.Linq;
using Xunit;

namespace Finpay.Sandbox.Tests;

public class ValidationTests
{
    private const string Valid =
        "{\"order\":{\"id\":\"ORDER-1\",\"amount\":\"1000\"},\"customer\":{\"mobilePhone\":\"+6281286288844\"},\"url\":{},\"sourceOfFunds\":{\"type\":\"cc\"}}";

    private static async Task<(int Status, string Code, string Message)> SendAsync(Sandbox sandbox, string operationId, string body)
    {
        using var request = ApiPaths.Request(operationId, new StringContent(body, Encoding.UTF8, "application/json"));
        using var response = await sandbox.Http.SendAsync(request);
        var json = JObject.Parse(await response.Content.ReadAsStringAsync());
        return ((int)response.StatusCode, (string)json["responseCode"]!, (string)json["responseMessage"]!);
    }

    [Fact]
    public async Task A_valid_minimal_initiate_passes()
    {
        await using var sandbox = await Sandbox.StartAsync();
        Assert.Equal((200, "2000000", "Success"), await SendAsync(sandbox, "initiate", Valid));
    }

    [Theory]
    [InlineData("\"id\":\"ORDER-1\",", "", "Invalid Mandatory Field order.id")]
    [InlineData("\"id\":\"ORDER-1\"", "\"id\":\"\"", "Invalid Mandatory Field order.id")]
    [InlineData(",\"amount\":\"1000\"", "", "Invalid Mandatory Field order.amount")]
    [InlineData("\"+6281286288844\"", "\"0812-8628\"", "Invalid Field Format customer.mobilePhone: does not match")]
    [InlineData("\"ORDER-1\"", "\"ORDER-1-THAT-IS-LONGER-THAN-30-CHARS\"", "Invalid Field Format order.id: at most 30 characters, got 36")]
    [InlineData("\"amount\":\"1000\"", "\"amount\":\"10.5\"", "Invalid Field Format order.amount: does not match ^[0-9]+$")]
    [InlineData("\"amount\":\"1000\"", "\"amount\":\"1000\",\"item\":[{\"name\":\"Tea\",\"quantity\":\"1\",\"unitPrice\":\"1000\"}]", "Invalid Mandatory Field order.item.0.category")]
    [InlineData("\"url\":{}", "\"url\":{\"callbackUrl\":\"ftp://x\"}", "Invalid Field Format url.callbackUrl: does not match ^https?://")]
    [InlineData("\"url\":{}", "\"url\":{},\"surprise\":1", "Invalid Field Format surprise: not a field of this object")]
    [InlineData("\"type\":\"cc\"", "\"type\":\"ovo\"", "Invalid Field Format sourceOfFunds.type: the card API takes cc")]
    [InlineData("\"url\":{}", "\"url\":{},\"recurring\":{\"type\":\"PURCHASE\"}", "Invalid Mandatory Field recurring.amount")]
    [InlineData("\"url\":{}", "\"url\":{},\"recurring\":{\"type\":\"WEEKLY\"}", "Invalid Field Format recurring.type: must be one of PURCHASE, TOPUP")]
    [InlineData("\"url\":{}", "\"url\":{},\"recurring\":{\"startDate\":\"20230231\"}", "Invalid Field Format recurring.startDate: not a calendar date")]
    [InlineData("\"url\":{}", "\"url\":{},\"card\":{\"number\":\"4811111111111114\"}", "Feature Not Allowed. Raw card data needs PCI-DSS certification")]
    public async Task An_invalid_initiate_is_answered_in_finpays_words(string replace, string with, string message)
    {
        await using var sandbox = await Sandbox.StartAsync();

        var (status, code, text) = await SendAsync(sandbox, "initiate", Valid.Replace(replace, with));

        Assert.StartsWith(message, text);
        Assert.Equal(code.Substring(0, 3), status.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Empty(sandbox.Host.Ledger.All);
    }

    [Fact]
    public async Task Numbers_of_digits_are_taken_as_json_numbers_too()
    {
        await using var sandbox = await Sandbox.StartAsync();
        Assert.Equal("2000000", (await SendAsync(sandbox, "initiate", Valid.Replace("\"1000\"", "1000"))).Code);
    }

    [Theory]
    [InlineData("not json", "4000000")]
    [InlineData("[1]", "4000000")]
    [InlineData("{\"order\":{\"id\":\"X\",\"amount\":\"1\"},\"customer\":{\"mobilePhone\":\"+6281286288844\"},\"card\":{\"token\":\"ab\",\"storedOnFile\":\"STORED\"}}", "4000001")]
    [InlineData("{\"order\":{\"id\":\"X\",\"amount\":\"1\"},\"customer\":{\"mobilePhone\":\"+6281286288844\"},\"card\":{\"storedOnFile\":\"STORED\"}}", "4000002")]
    public async Task An_unreadable_or_invalid_payment_is_refused(string body, string code)
    {
        await using var sandbox = await Sandbox.StartAsync();
        Assert.Equal(code, (await SendAsync(sandbox, "pay", body)).Code);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("Bearer abc")]
    [InlineData("Basic RklOUEFZNzcwOndyb25n")]
    [InlineData("Basic !!!")]
    public async Task Without_the_merchants_credentials_every_operation_answers_401(string? authorization)
    {
        await using var sandbox = await Sandbox.StartAsync();
        sandbox.Http.DefaultRequestHeaders.Authorization = authorization is null ? null : AuthenticationHeaderValue.Parse(authorization);

        var (status, code, _) = await SendAsync(sandbox, "initiate", Valid);
        using var check = await sandbox.Http.SendAsync(ApiPaths.Request("checkStatus", "ORDER-1"));

        Assert.Equal((401, "4010000"), (status, code));
        Assert.Equal(401, (int)check.StatusCode);
    }

    [Fact]
    public async Task Finpays_documented_example_credentials_are_the_default_merchant()
    {
        await using var sandbox = await Sandbox.StartAsync();
        sandbox.Http.DefaultRequestHeaders.Authorization = AuthenticationHeaderValue.Parse("Basic RklOUEFZNzcwOlNvU2VjcmV0MTIz");

        Assert.Equal(200, (await SendAsync(sandbox, "initiate", Valid)).Status);
    }

    [Fact]
    public async Task A_path_order_id_of_the_wrong_shape_is_a_field_format_error()
    {
        await using var sandbox = await Sandbox.StartAsync();
        using var response = await sandbox.Http.SendAsync(ApiPaths.Request("checkStatus", "has space"));
        Assert.Contains("Invalid Field Format orderId", await response.Content.ReadAsStringAsync());
    }
}
