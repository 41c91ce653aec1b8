using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
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
/// Conta Azul fake (docs/integrations.md §3.2) on one Kestrel port serving both the auth host (/oauth2/*) and the API
/// (/v1/*): authorization code and refresh grants with refresh-token rotation (the old refresh token stops working),
/// Bearer checks, pessoas, serviços, vendas, parcelas and the control API.
/// </summary>
public sealed class FakeContaAzul : IAsyncDisposable
{
    public const string ClientId = "tiflux-client";
    public const string ClientSecret = "tiflux-secret-123";

    private readonly WebApplication _app;
    private int _sequence;
    private long _nextSale = 1001;

    private FakeContaAzul(WebApplication app) => _app = app;

    public Uri BaseUrl { get; private set; } = null!;

    /// <summary>Authorization codes issued and not yet used.</summary>
    public ConcurrentDictionary<string, string> Codes { get; } = new();

    public ConcurrentDictionary<string, bool> AccessTokens { get; } = new();

    /// <summary>Refresh tokens that still work (rotation removes the old one).</summary>
    public ConcurrentDictionary<string, bool> RefreshTokens { get; } = new();

    public ConcurrentDictionary<string, JsonObject> People { get; } = new();

    public ConcurrentDictionary<string, JsonObject> Sales { get; } = new();

    /// <summary>Installments by financial event id.</summary>
    public ConcurrentDictionary<string, JsonObject> Installments { get; } = new();

    public ConcurrentQueue<string> Journal { get; } = new();

    private int _refreshCount;

    public int RefreshCount => Volatile.Read(ref _refreshCount);

    public static async Task<FakeContaAzul> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel().UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var fake = new FakeContaAzul(app);
        fake.Map(app);
        await app.StartAsync();
        fake.BaseUrl = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        return fake;
    }

    private string NextId() => Guid.NewGuid().ToString("D") + "-" + Interlocked.Increment(ref _sequence).ToString(CultureInfo.InvariantCulture);

    /// <summary>What the browser gets from /oauth2/authorize: a code for the redirect URI.</summary>
    public string IssueCode(string redirectUri)
    {
        var code = "code-" + Guid.NewGuid().ToString("N");
        Codes[code] = redirectUri;
        return code;
    }

    /// <summary>Control: every access token stops working (forces a refresh).</summary>
    public void ExpireAccessTokens() => AccessTokens.Clear();

    public void Pay(string financialEventId) => Installments[financialEventId]["status"] = "RECEBIDO";

    private JsonObject Tokens()
    {
        var access = "at-" + Guid.NewGuid().ToString("N");
        var refresh = "rt-" + Guid.NewGuid().ToString("N");
        AccessTokens[access] = true;
        RefreshTokens[refresh] = true;
        return new JsonObject { ["access_token"] = access, ["refresh_token"] = refresh, ["expires_in"] = 3600, ["token_type"] = "Bearer" };
    }

    private void Map(WebApplication app)
    {
        app.MapGet("/oauth2/authorize", (string client_id, string redirect_uri, string state) =>
            client_id == ClientId ? Results.Redirect($"{redirect_uri}?code={IssueCode(redirect_uri)}&state={Uri.EscapeDataString(state)}") : Results.BadRequest());
        app.MapPost("/oauth2/token", async (HttpRequest request) =>
        {
            var basic = request.Headers.Authorization.ToString();
            if (basic != "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes($"{ClientId}:{ClientSecret}")))
            {
                return Results.Json(new JsonObject { ["error"] = "invalid_client" }, statusCode: 401);
            }

            var form = await request.ReadFormAsync();
            switch (form["grant_type"].ToString())
            {
                case "authorization_code" when Codes.TryRemove(form["code"].ToString(), out var redirect) && redirect == form["redirect_uri"]:
                    return Results.Ok(Tokens());
                case "refresh_token" when RefreshTokens.TryRemove(form["refresh_token"].ToString(), out _):
                    Interlocked.Increment(ref _refreshCount);
                    return Results.Ok(Tokens());
                default:
                    return Results.BadRequest(new JsonObject { ["error"] = "invalid_grant" });
            }
        });

        app.Use(async (context, next) =>
        {
            if (context.Request.Path.StartsWithSegments("/v1", StringComparison.Ordinal))
            {
                Journal.Enqueue($"{context.Request.Method} {context.Request.Path}{context.Request.QueryString}");
                var auth = context.Request.Headers.Authorization.ToString();
                if (!auth.StartsWith("Bearer ", StringComparison.Ordinal) || !AccessTokens.ContainsKey(auth[7..]))
                {
                    context.Response.StatusCode = 401;
                    await context.Response.WriteAsJsonAsync(new JsonObject { ["error"] = "unauthorized" });
                    return;
                }
            }

            await next();
        });

        app.MapGet("/v1/pessoas", (string? documentos) =>
        {
            var items = new JsonArray([.. People.Values.Where(p => p.Str("documento") == documentos).Select(p => (JsonNode)p.DeepClone())]);
            return Results.Ok(new JsonObject { ["items"] = items, ["totalItems"] = items.Count });
        });
        app.MapPost("/v1/pessoas", async (HttpRequest request) =>
        {
            var body = (await JsonNode.ParseAsync(request.Body))!.AsObject();
            if (body.Str("nome") is null || body.Str("tipo_pessoa") is not ("Física" or "Jurídica" or "Estrangeira"))
            {
                return Results.BadRequest(new JsonObject { ["error"] = "invalid" });
            }

            var person = new JsonObject { ["id"] = NextId(), ["nome"] = body.Str("nome"), ["tipo_pessoa"] = body.Str("tipo_pessoa"), ["documento"] = body.Str("cnpj") ?? body.Str("cpf") };
            People[person.Str("id")!] = person;
            return Results.Ok(person);
        });
        var services = new ConcurrentDictionary<string, JsonObject>();
        app.MapGet("/v1/servicos", (string? busca_textual) => Results.Ok(new JsonObject
        {
            ["itens"] = new JsonArray([.. services.Values.Where(s => s.Str("codigo") == busca_textual).Select(s => (JsonNode)s.DeepClone())]),
        }));
        app.MapPost("/v1/servicos", async (HttpRequest request) =>
        {
            var body = (await JsonNode.ParseAsync(request.Body))!.AsObject();
            var service = new JsonObject { ["id"] = NextId(), ["codigo"] = body.Str("codigo"), ["descricao"] = body.Str("descricao") };
            services[service.Str("id")!] = service;
            return Results.Ok(service);
        });
        app.MapGet("/v1/venda/proximo-numero", () => Results.Text(Interlocked.Increment(ref _nextSale).ToString(CultureInfo.InvariantCulture)));
        app.MapGet("/v1/venda/busca", (long? numeros) => Results.Ok(new JsonObject
        {
            ["itens"] = new JsonArray([.. Sales.Values.Where(s => s["numero"]?.GetValue<long>() == numeros).Select(s => (JsonNode)s.DeepClone())]),
        }));
        app.MapPost("/v1/venda", async (HttpRequest request) =>
        {
            var body = (await JsonNode.ParseAsync(request.Body))!.AsObject();
            var items = body["itens"]!.AsArray().Sum(i => i!["quantidade"]!.GetValue<decimal>() * i["valor"]!.GetValue<decimal>());
            var installments = body["condicao_pagamento"]!["parcelas"]!.AsArray().Sum(p => p!["valor"]!.GetValue<decimal>());
            var number = body["numero"]!.GetValue<long>();
            if (!People.ContainsKey(body.Str("id_cliente") ?? "") || items != installments || Sales.Values.Any(s => s["numero"]!.GetValue<long>() == number))
            {
                return Results.BadRequest(new JsonObject { ["error"] = "invalid" });
            }

            var sale = new JsonObject { ["id"] = NextId(), ["numero"] = number, ["id_cliente"] = body.Str("id_cliente"), ["situacao"] = body.Str("situacao"), ["versao"] = 1, ["evento"] = NextId() };
            Sales[sale.Str("id")!] = sale;
            Installments[sale.Str("evento")!] = new JsonObject { ["id"] = NextId(), ["status"] = "EM_ABERTO", ["valor_pago"] = 0, ["nao_pago"] = installments };
            return Results.Ok(sale);
        });
        app.MapGet("/v1/venda/{id}", (string id) => Sales.TryGetValue(id, out var s)
            ? Results.Ok(new JsonObject { ["evento_financeiro"] = new JsonObject { ["id"] = s.Str("evento") }, ["venda"] = s.DeepClone() })
            : Results.NotFound());
        app.MapGet("/v1/financeiro/eventos-financeiros/{id}/parcelas", (string id) =>
            Installments.TryGetValue(id, out var p) ? Results.Ok(new JsonArray(p.DeepClone())) : Results.NotFound());
        app.MapPost("/v1/venda/exclusao-lote", async (HttpRequest request) =>
        {
            var ids = (await JsonNode.ParseAsync(request.Body))!["ids"]!.AsArray().Select(i => i!.ToString()).ToList();
            var removed = ids.Where(id => Sales.TryRemove(id, out _)).ToList();
            return Results.Ok(new JsonObject
            {
                ["atualizados"] = new JsonArray([.. removed.Select(r => (JsonNode)JsonValue.Create(r))]),
                ["ignorados"] = new JsonArray([.. ids.Except(removed).Select(r => (JsonNode)JsonValue.Create(r))]),
            });
        });
        app.MapPost("/__fake/parcelas/{eventId}/pay", (string eventId) =>
        {
            Pay(eventId);
            return Results.Ok();
        });
        app.MapPost("/__fake/tokens/expire", () =>
        {
            ExpireAccessTokens();
            return Results.Ok();
        });
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
