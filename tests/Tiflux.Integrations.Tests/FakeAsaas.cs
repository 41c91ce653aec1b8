using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Tiflux.Integrations.Tests;

/// <summary>
/// An Asaas v3 fake on a real Kestrel port, following docs/integrations.md §3.1: customers, payments, pixQrCode,
/// delete, refund, invoices, the sandbox confirm action, a webhook emitter and the <c>/__fake</c> control API. Fault
/// switches: rate limit (429 with RateLimit-* headers) and "create then time out" (the payment is stored, the answer
/// comes too late for the client).
/// </summary>
public sealed class FakeAsaas : IAsyncDisposable
{
    public const string ApiKey = "$aact_test_0123456789";
    public const string WebhookToken = "whk-0123456789abcdef0123456789abcdef";

    private readonly WebApplication _app;
    private int _sequence;
    private int _eventSequence;

    private FakeAsaas(WebApplication app) => _app = app;

    public Uri BaseUrl { get; private set; } = null!;

    public ConcurrentDictionary<string, JsonObject> Customers { get; } = new();

    public ConcurrentDictionary<string, JsonObject> Payments { get; } = new();

    public ConcurrentDictionary<string, JsonObject> Invoices { get; } = new();

    /// <summary>Every event emitted, by id (for replays).</summary>
    public ConcurrentDictionary<string, JsonObject> Events { get; } = new();

    /// <summary>"METHOD /path?query" of every /v3 request, in order.</summary>
    public ConcurrentQueue<string> Journal { get; } = new();

    /// <summary>Number of next /v3 requests answered 429.</summary>
    private int _rateLimitNext;

    public int RateLimitNext
    {
        get => Volatile.Read(ref _rateLimitNext);
        set => Volatile.Write(ref _rateLimitNext, value);
    }

    public int RateLimitResetSeconds { get; set; } = 42;

    /// <summary>When set, the next POST /v3/payments stores the payment and then answers after this delay.</summary>
    public TimeSpan? CreateThenDelay { get; set; }

    /// <summary>Where events are posted (our webhook); null = events are only recorded.</summary>
    public Func<string, string, Task<HttpStatusCode>>? WebhookSender { get; set; }

    public static async Task<FakeAsaas> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel().UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var fake = new FakeAsaas(app);
        fake.Map(app);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        fake.BaseUrl = new Uri(address);
        return fake;
    }

    private string NextId(string prefix) => prefix + Interlocked.Increment(ref _sequence).ToString("000000000000", CultureInfo.InvariantCulture);

    private void Map(WebApplication app)
    {
        app.Use(async (context, next) =>
        {
            if (!context.Request.Path.StartsWithSegments("/v3", StringComparison.Ordinal))
            {
                await next();
                return;
            }

            Journal.Enqueue($"{context.Request.Method} {context.Request.Path}{context.Request.QueryString}");
            if (context.Request.Headers["access_token"] != ApiKey || string.IsNullOrEmpty(context.Request.Headers.UserAgent))
            {
                context.Response.StatusCode = 401;
                await context.Response.WriteAsJsonAsync(Error("invalid_access_token", "A chave de API fornecida é inválida"));
                return;
            }

            if (Interlocked.Decrement(ref _rateLimitNext) >= 0)
            {
                context.Response.StatusCode = 429;
                context.Response.Headers["RateLimit-Limit"] = "10";
                context.Response.Headers["RateLimit-Remaining"] = "0";
                context.Response.Headers["RateLimit-Reset"] = RateLimitResetSeconds.ToString(CultureInfo.InvariantCulture);
                return;
            }

            Interlocked.Exchange(ref _rateLimitNext, 0);
            await next();
        });

        app.MapGet("/v3/customers", (string? cpfCnpj) => List(Customers.Values.Where(c => cpfCnpj is null || c.Str("cpfCnpj") == cpfCnpj)));
        app.MapPost("/v3/customers", async (HttpRequest request) =>
        {
            var body = await Body(request);
            var document = body.Str("cpfCnpj") ?? "";
            if (string.IsNullOrEmpty(body.Str("name")) || document.Length is not (11 or 14))
            {
                return Results.BadRequest(Error("invalid_cpfCnpj", "CPF/CNPJ inválido"));
            }

            var customer = new JsonObject
            {
                ["object"] = "customer",
                ["id"] = NextId("cus_"),
                ["name"] = body.Str("name"),
                ["cpfCnpj"] = document,
                ["email"] = body.Str("email"),
                ["externalReference"] = body.Str("externalReference"),
                ["personType"] = document.Length == 11 ? "FISICA" : "JURIDICA",
                ["deleted"] = false,
            };
            Customers[customer.Str("id")!] = customer;
            return Results.Ok(customer);
        });

        app.MapGet("/v3/payments", (string? externalReference) => List(Payments.Values.Where(p => externalReference is null || p.Str("externalReference") == externalReference)));
        app.MapPost("/v3/payments", async (HttpRequest request) =>
        {
            var body = await Body(request);
            if (body.Str("customer") is not { } customerId || !Customers.ContainsKey(customerId))
            {
                return Results.BadRequest(Error("invalid_customer", "Customer inválido ou não informado"));
            }

            var value = body["value"]?.GetValue<decimal>() ?? 0;
            if (value <= 0 || body.Str("dueDate") is null)
            {
                return Results.BadRequest(Error("invalid_value", "Valor ou vencimento inválido"));
            }

            var id = NextId("pay_");
            var digits = id[4..];
            var type = body.Str("billingType") ?? "UNDEFINED";
            var payment = new JsonObject
            {
                ["object"] = "payment",
                ["id"] = id,
                ["dateCreated"] = DateTime.UtcNow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                ["customer"] = customerId,
                ["value"] = value,
                ["netValue"] = value,
                ["description"] = body.Str("description"),
                ["billingType"] = type,
                ["status"] = "PENDING",
                ["dueDate"] = body.Str("dueDate"),
                ["originalDueDate"] = body.Str("dueDate"),
                ["invoiceUrl"] = new Uri(BaseUrl, "/i/" + digits).ToString(),
                ["invoiceNumber"] = digits[^8..],
                ["externalReference"] = body.Str("externalReference"),
                ["deleted"] = false,
                ["nossoNumero"] = type == "PIX" ? null : digits,
                ["bankSlipUrl"] = type == "PIX" ? null : new Uri(BaseUrl, "/b/pdf/" + digits).ToString(),
            };
            Payments[id] = payment;
            Emit("PAYMENT_CREATED", "payment", payment);
            if (CreateThenDelay is { } delay)
            {
                CreateThenDelay = null;
                await Task.Delay(delay);
            }

            return Results.Ok(payment);
        });
        app.MapGet("/v3/payments/{id}", (string id) => Payments.TryGetValue(id, out var p) ? Results.Ok(p) : Results.NotFound());
        app.MapGet("/v3/payments/{id}/pixQrCode", (string id) => Payments.ContainsKey(id)
            ? Results.Ok(new JsonObject { ["encodedImage"] = "iVBORw0KGgo=", ["payload"] = "00020101021226" + id, ["expirationDate"] = "2027-12-31 23:59:59" })
            : Results.NotFound());
        app.MapDelete("/v3/payments/{id}", async (string id) =>
        {
            if (!Payments.TryGetValue(id, out var p))
            {
                return Results.NotFound();
            }

            if (p.Str("status") is not ("PENDING" or "OVERDUE"))
            {
                return Results.BadRequest(Error("invalid_action", "Só é possível remover cobranças aguardando pagamento ou vencidas."));
            }

            p["deleted"] = true;
            Emit("PAYMENT_DELETED", "payment", p);
            return Results.Ok(new JsonObject { ["deleted"] = true, ["id"] = id });
        });
        app.MapPost("/v3/payments/{id}/refund", async (string id) =>
        {
            if (!Payments.TryGetValue(id, out var p))
            {
                return Results.NotFound();
            }

            if (p.Str("status") is not ("RECEIVED" or "CONFIRMED"))
            {
                return Results.BadRequest(Error("invalid_action", "Cobrança não paga."));
            }

            p["status"] = "REFUNDED";
            Emit("PAYMENT_REFUNDED", "payment", p);
            return Results.Ok(p);
        });
        app.MapPost("/v3/sandbox/payment/{id}/confirm", async (string id) =>
        {
            if (!Payments.TryGetValue(id, out var p))
            {
                return Results.NotFound();
            }

            if (p.Str("status") is not ("PENDING" or "OVERDUE"))
            {
                return Results.BadRequest(Error("invalid_action", "Cobrança não está pendente."));
            }

            p["status"] = "RECEIVED";
            var today = DateTime.UtcNow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            p["paymentDate"] = today;
            p["clientPaymentDate"] = today;
            Emit("PAYMENT_RECEIVED", "payment", p);
            return Results.Ok(p);
        });

        app.MapGet("/v3/invoices", (string? externalReference) => List(Invoices.Values.Where(i => externalReference is null || i.Str("externalReference") == externalReference)));
        app.MapPost("/v3/invoices", async (HttpRequest request) =>
        {
            var body = await Body(request);
            if (body.Str("payment") is not { } paymentId || !Payments.ContainsKey(paymentId)
                || (body.Str("municipalServiceCode") is null && body.Str("municipalServiceId") is null) || body["taxes"] is null)
            {
                return Results.BadRequest(Error("invalid_invoice", "Nota fiscal inválida"));
            }

            var invoice = new JsonObject
            {
                ["object"] = "invoice",
                ["id"] = NextId("inv_"),
                ["status"] = "SCHEDULED",
                ["type"] = "NFS-e",
                ["payment"] = paymentId,
                ["externalReference"] = body.Str("externalReference"),
                ["number"] = null,
                ["pdfUrl"] = null,
            };
            Invoices[invoice.Str("id")!] = invoice;
            Emit("INVOICE_CREATED", "invoice", invoice);
            return Results.Ok(invoice);
        });
        app.MapPost("/v3/invoices/{id}/authorize", async (string id) =>
        {
            if (!Invoices.TryGetValue(id, out var invoice))
            {
                return Results.NotFound();
            }

            invoice["status"] = "AUTHORIZED";
            invoice["number"] = "2026" + id[^4..];
            invoice["pdfUrl"] = new Uri(BaseUrl, "/nf/" + id + ".pdf").ToString();
            Emit("INVOICE_AUTHORIZED", "invoice", invoice);
            return Results.Ok(invoice);
        });
        app.MapPost("/v3/invoices/{id}/cancel", async (string id) =>
        {
            if (!Invoices.TryGetValue(id, out var invoice))
            {
                return Results.NotFound();
            }

            invoice["status"] = "CANCELED";
            Emit("INVOICE_CANCELED", "invoice", invoice);
            return Results.Ok(invoice);
        });

        app.MapPost("/__fake/payments/{id}/status", async (string id, HttpRequest request) =>
        {
            if (!Payments.TryGetValue(id, out var p))
            {
                return Results.NotFound();
            }

            var status = (await Body(request)).Str("status")!;
            p["status"] = status;
            var name = status switch
            {
                "RECEIVED_IN_CASH" => "PAYMENT_RECEIVED",
                _ => "PAYMENT_" + status,
            };
            var code = await EmitAsync(name, "payment", p);
            return Results.Ok(new JsonObject { ["webhookStatus"] = (int)code });
        });
        app.MapPost("/__fake/webhooks/replay/{eventId}", async (string eventId) =>
            Events.TryGetValue(eventId, out var e) && WebhookSender is not null
                ? Results.Ok(new JsonObject { ["webhookStatus"] = (int)await WebhookSender(e.ToJsonString(), WebhookToken) })
                : Results.NotFound());
    }

    private readonly ConcurrentQueue<Task> _deliveries = new();

    /// <summary>Like Asaas, API calls deliver their events after answering (a webhook never blocks the caller).</summary>
    private void Emit(string name, string kind, JsonObject entity)
    {
        var snapshot = (JsonObject)entity.DeepClone();
        _deliveries.Enqueue(Task.Run(async () =>
        {
            await Task.Delay(50);
            await EmitAsync(name, kind, snapshot);
        }));
    }

    /// <summary>Waits until every event emitted so far was delivered.</summary>
    public Task DeliveriesAsync() => Task.WhenAll(_deliveries);

    /// <summary>Records an event and posts it to <see cref="WebhookSender"/>; returns our endpoint's status.</summary>
    public async Task<HttpStatusCode> EmitAsync(string name, string kind, JsonObject entity)
    {
        var id = $"evt_{Guid.NewGuid():N}&{Interlocked.Increment(ref _eventSequence)}";
        var payload = new JsonObject
        {
            ["id"] = id,
            ["event"] = name,
            ["dateCreated"] = DateTime.UtcNow.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
            ["account"] = new JsonObject { ["id"] = "47ed0d25-f9fb-4b35-b23a-d8895caf92b7", ["ownerId"] = null },
            [kind] = entity.DeepClone(),
        };
        Events[id] = payload;
        LastEventId = id;
        return WebhookSender is null ? HttpStatusCode.OK : await WebhookSender(payload.ToJsonString(), WebhookToken);
    }

    public string? LastEventId { get; private set; }

    /// <summary>The id of the last event named <paramref name="name"/>.</summary>
    public string EventId(string name) => Events.Values.Where(e => e.Str("event") == name).Select(e => e.Str("id")!).Last();

    private static JsonObject List(IEnumerable<JsonObject> items)
    {
        var data = new JsonArray([.. items.Select(i => (JsonNode)i.DeepClone())]);
        return new JsonObject { ["object"] = "list", ["hasMore"] = false, ["totalCount"] = data.Count, ["limit"] = 10, ["offset"] = 0, ["data"] = data };
    }

    private static JsonObject Error(string code, string description) =>
        new() { ["errors"] = new JsonArray(new JsonObject { ["code"] = code, ["description"] = description }) };

    private static async Task<JsonObject> Body(HttpRequest request) =>
        (await JsonNode.ParseAsync(request.Body))?.AsObject() ?? [];

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}

internal static class FakeJson
{
    public static string? Str(this JsonNode? node, string name) => node?[name] is JsonValue v ? v.ToString() : null;
}
