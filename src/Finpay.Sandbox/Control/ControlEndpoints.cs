using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using Finpay.Sandbox.Cards;
using Finpay.Sandbox.Faults;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Newtonsoft.Json;
using Newtonsoft.Json.Converters;
using Newtonsoft.Json.Linq;
using Newtonsoft.Json.Serialization;

namespace Finpay.Sandbox.Control;

/// <summary>The sandbox's own endpoints for tests, under /_sandbox/ (no auth: it only listens on loopback).</summary>
internal static class ControlEndpoints
{
    private static readonly JsonSerializerSettings Settings = new()
    {
        ContractResolver = new CamelCasePropertyNamesContractResolver(),
        Converters = { new StringEnumConverter() },
        DateParseHandling = DateParseHandling.None,
        NullValueHandling = NullValueHandling.Ignore,
    };

    public static void Map(IEndpointRouteBuilder app, SandboxState state)
    {
        app.MapGet("/_sandbox/health", () => Json(new { status = "ok" }));
        app.MapGet("/_sandbox/clock", () => Json(new { now = state.Clock.Now }));
        app.MapPost("/_sandbox/clock/advance", async (HttpContext context) =>
        {
            var body = await ReadAsync(context);
            TimeSpan by;
            if (body?["to"] is { } to)
            {
                if (!DateTimeOffset.TryParse((string?)to, CultureInfo.InvariantCulture, DateTimeStyles.None, out var target))
                    return Problem("\"to\" must be a date-time such as 2026-12-01T00:00:00+07:00");
                by = target - state.Clock.Now;
                if (by < TimeSpan.Zero) return Problem("The sandbox clock only moves forward");
            }
            else
            {
                by = TimeSpan.FromDays((double?)body?["days"] ?? 0) + TimeSpan.FromHours((double?)body?["hours"] ?? 0) +
                     TimeSpan.FromMinutes((double?)body?["minutes"] ?? 0) + TimeSpan.FromSeconds((double?)body?["seconds"] ?? 0);
                if (by <= TimeSpan.Zero) return Problem("Give \"days\", \"hours\", \"minutes\" or \"seconds\" (positive), or \"to\"");
            }

            var charges = state.AdvanceClock(by);
            return Json(new { now = state.Clock.Now, charges });
        });
        app.MapGet("/_sandbox/ledger", () => Json(state.Ledger.All));
        app.MapGet("/_sandbox/ledger/{orderId}", (string orderId) => Json(state.Ledger.For(orderId)));
        app.MapGet("/_sandbox/callbacks", (string? orderId) => Json(state.Callbacks.Deliveries
            .Where(d => orderId is null || d.OrderId == orderId)
            .Select(d => new { d.OrderId, d.Attempt, d.Url, d.StatusCode, d.Error, d.Delivered, d.At })));
        app.MapPost("/_sandbox/callbacks/redeliver", async (HttpContext context) =>
        {
            var body = await ReadAsync(context);
            var orderId = (string?)body?["orderId"];
            if (string.IsNullOrEmpty(orderId))
                return Problem("Send {\"orderId\": \"...\", \"copies\": 1, \"status\": \"PAID\"} (copies and status optional)");
            var copies = (int?)body?["copies"] ?? 1;
            if (copies is < 1 or > 100) return Problem($"\"copies\" must be between 1 and 100, got {copies}");
            var status = (string?)body?["status"];
            var sent = state.Callbacks.Redeliver(orderId, copies, status);
            return sent is null
                ? Problem($"No callback{(status is null ? "" : " reporting " + status)} was sent for order {orderId}")
                : Json(new { orderId, copies, status, body = sent });
        });
        app.MapGet("/_sandbox/faults", () => Json(state.Faults.Rules));
        app.MapPost("/_sandbox/faults", async (HttpContext context) =>
        {
            var body = await ReadAsync(context);
            FaultRule? rule;
            try
            {
                // Not the output settings: those ignore nulls, and "times": null means "every request".
                rule = body?.ToObject<FaultRule>(JsonSerializer.Create(new JsonSerializerSettings { Converters = { new StringEnumConverter() } }));
            }
            catch (JsonException exception)
            {
                return Problem("Not a fault rule: " + exception.Message);
            }

            if (rule is null) return Problem("Send {\"operation\":\"pay\",\"kind\":\"ServerError\"} (kinds: Delay, ServerError, MalformedBody, DropConnection, ProxyError)");
            state.Faults.Add(rule);
            return Json(rule);
        });
        app.MapDelete("/_sandbox/faults", () =>
        {
            state.Faults.Clear();
            return Results.NoContent();
        });
        app.MapGet("/_sandbox/test-cards", () => Json(TestCards.All.Select(c => new { c.Number, c.Brand, c.Type, c.Issuer, outcome = c.Outcome, c.Description })));
        app.MapPost("/_sandbox/reset", () =>
        {
            state.Reset();
            return Results.NoContent();
        });
        app.MapPost("/provider-states", async (HttpContext context) =>
        {
            var body = await ReadAsync(context);
            var name = (string?)body?["state"];
            if (name is null) return Problem("Send {\"state\": \"...\", \"params\": {...}}");
            if ((string?)body?["action"] == "teardown") return Json(new { });
            var result = ProviderStates.Apply(state, name, body?["params"] as JObject ?? new JObject());
            return result is null ? Problem($"Unknown provider state \"{name}\". Known: {string.Join("; ", ProviderStates.Names)}") : Json(result);
        });
    }

    private static async Task<JObject?> ReadAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body, Encoding.UTF8);
        var text = await reader.ReadToEndAsync(context.RequestAborted);
        if (string.IsNullOrWhiteSpace(text)) return null;
        try
        {
            return JsonConvert.DeserializeObject<JToken>(text, new JsonSerializerSettings { DateParseHandling = DateParseHandling.None }) as JObject;
        }
        catch (JsonReaderException)
        {
            return null;
        }
    }

    private static IResult Json(object value) =>
        Results.Text(JsonConvert.SerializeObject(value, Settings), "application/json", Encoding.UTF8);

    private static IResult Problem(string message) =>
        Results.Text(JsonConvert.SerializeObject(new { error = message }, Settings), "application/json", Encoding.UTF8, 400);
}
