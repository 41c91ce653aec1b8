using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using Tiflux.Billing.PublicApi;
using Tiflux.Contracts.PublicApi;
using Tiflux.Integrations.Charges;
using Tiflux.Integrations.PublicApi;
using Tiflux.Integrations.Settings;

namespace Tiflux.Integrations.ContaAzul;

/// <summary>
/// Conta Azul API (integrations.md §2): pessoa by document, one service item, the sale (venda) with the billing's lines
/// and due date. A sale has no external reference, so its number is stored before it is created and a retry looks it
/// up by that number. Payment is learnt by polling the sale's installments (no webhooks).
/// </summary>
internal sealed class ContaAzulGateway(ExternalApi api, ContaAzulTokens tokens, IOptions<IntegrationsOptions> options)
{
    private const string Service = "Conta Azul";
    public const string ServiceCode = "TIFLUX-SERVICOS";

    public async Task CreateAsync(Charge charge, BillingChargeDataDto billing, ClientSummary client, Func<Task> checkpoint, CancellationToken cancellationToken)
    {
        if (charge.CustomerId is null)
        {
            var document = Json.Digits(client.TaxId);
            var found = await SendAsync(HttpMethod.Get, $"/v1/pessoas?documentos={Json.Query(document)}&tipo_perfil=Cliente&pagina=1&tamanho_pagina=10", null, cancellationToken);
            charge.CustomerId = found.Items("items", "itens").FirstOrDefault().Str("id");
            if (charge.CustomerId is null)
            {
                var company = document.Length == 14;
                var person = new JsonObject
                {
                    ["nome"] = string.IsNullOrWhiteSpace(client.LegalName) ? client.Name : client.LegalName,
                    ["tipo_pessoa"] = company ? "Jurídica" : "Física",
                    [company ? "cnpj" : "cpf"] = document,
                    ["email"] = (client.FinanceEmails.Count > 0 ? client.FinanceEmails[0] : null),
                    ["perfis"] = new JsonArray(new JsonObject { ["tipo_perfil"] = "Cliente" }),
                };
                charge.CustomerId = (await SendAsync(HttpMethod.Post, "/v1/pessoas", person, cancellationToken)).Str("id")
                    ?? throw new IntegrationCallException(FailureKind.Transient, "Conta Azul: pessoa criada sem id.");
            }

            await checkpoint();
        }

        if (charge.ExternalId is null)
        {
            JsonNode? sale = null;
            if (charge.SaleNumber is { } number)
            {
                sale = (await SendAsync(HttpMethod.Get, $"/v1/venda/busca?numeros={number}", null, cancellationToken)).Items("itens").FirstOrDefault();
            }
            else
            {
                var next = await SendAsync(HttpMethod.Get, "/v1/venda/proximo-numero", null, cancellationToken);
                charge.SaleNumber = long.TryParse(next?.ToString(), out var parsed) ? parsed
                    : throw new IntegrationCallException(FailureKind.Transient, "Conta Azul: próximo número de venda inválido.");
                await checkpoint();
            }

            sale ??= await SendAsync(HttpMethod.Post, "/v1/venda", await SaleAsync(charge, billing, cancellationToken), cancellationToken);
            charge.ExternalId = sale.Str("id") ?? throw new IntegrationCallException(FailureKind.Transient, "Conta Azul: venda criada sem id.");
            charge.RemoteStatus = sale.Str("situacao") ?? "APROVADO";
            await checkpoint();
        }

        if (charge.FinancialEventId is null)
        {
            var details = await SendAsync(HttpMethod.Get, $"/v1/venda/{Json.Query(charge.ExternalId)}", null, cancellationToken);
            charge.FinancialEventId = details?["evento_financeiro"].Str("id");
        }

        charge.Status = ChargeStatus.Created;
    }

    private async Task<JsonObject> SaleAsync(Charge charge, BillingChargeDataDto billing, CancellationToken cancellationToken)
    {
        var found = await SendAsync(HttpMethod.Get, $"/v1/servicos?busca_textual={ServiceCode}", null, cancellationToken);
        var serviceId = found.Items("itens", "items").FirstOrDefault().Str("id")
            ?? (await SendAsync(HttpMethod.Post, "/v1/servicos", new JsonObject
            {
                ["descricao"] = "Serviços de TI (Tiflux)",
                ["codigo"] = ServiceCode,
                ["preco"] = 0,
                ["status"] = "ATIVO",
                ["tipo_servico"] = "PRESTADO",
            }, cancellationToken)).Str("id");
        // The sale's items must add up to its installments: the lines when the real value equals them, else one summary item.
        var items = new JsonArray();
        if (billing.RealValue == billing.ItemsTotal && billing.Lines.Count > 0)
        {
            foreach (var line in billing.Lines)
            {
                items.Add(new JsonObject { ["id"] = serviceId, ["descricao"] = line.Description, ["quantidade"] = 1, ["valor"] = line.Amount });
            }
        }
        else
        {
            items.Add(new JsonObject { ["id"] = serviceId, ["descricao"] = $"Faturamento nº {billing.Number}", ["quantidade"] = 1, ["valor"] = billing.RealValue });
        }

        return new JsonObject
        {
            ["id_cliente"] = charge.CustomerId,
            ["numero"] = charge.SaleNumber,
            ["situacao"] = "APROVADO",
            ["data_venda"] = Json.Date(billing.BillingDate),
            ["observacoes"] = $"Faturamento #{billing.Number} ({billing.Id:D}). {billing.Observations}".Trim(),
            ["itens"] = items,
            ["condicao_pagamento"] = new JsonObject
            {
                ["tipo_pagamento"] = "BOLETO_BANCARIO",
                ["opcao_condicao_pagamento"] = "À vista",
                ["parcelas"] = new JsonArray(new JsonObject { ["data_vencimento"] = Json.Date(billing.DueDate), ["valor"] = billing.RealValue }),
            },
        };
    }

    /// <summary>True when every installment of the sale is RECEBIDO.</summary>
    public async Task<bool> IsPaidAsync(Charge charge, CancellationToken cancellationToken)
    {
        if (charge.FinancialEventId is null)
        {
            return false;
        }

        var installments = (await SendAsync(HttpMethod.Get, $"/v1/financeiro/eventos-financeiros/{Json.Query(charge.FinancialEventId)}/parcelas", null, cancellationToken))
            .Items("itens", "items");
        charge.RemoteStatus = installments.FirstOrDefault().Str("status") ?? charge.RemoteStatus;
        return installments.Count > 0 && installments.All(p => p.Str("status") == "RECEBIDO");
    }

    public async Task CancelAsync(Charge charge, CancellationToken cancellationToken)
    {
        if (charge.ExternalId is null && charge.SaleNumber is { } number)
        {
            var found = (await SendAsync(HttpMethod.Get, $"/v1/venda/busca?numeros={number}", null, cancellationToken)).Items("itens").FirstOrDefault();
            charge.ExternalId = found.Str("id");
        }

        if (charge.ExternalId is null)
        {
            charge.Status = ChargeStatus.Cancelled;
            return;
        }

        if (!charge.RefundRequested && await IsPaidAsync(charge, cancellationToken))
        {
            throw new IntegrationCallException(FailureKind.Permanent, $"Conta Azul: a venda nº {charge.SaleNumber} já foi recebida; não é possível excluí-la sem reembolso.");
        }

        await SendAsync(HttpMethod.Post, "/v1/venda/exclusao-lote", new JsonObject { ["ids"] = new JsonArray(charge.ExternalId) }, cancellationToken);
        charge.Status = charge.RefundRequested ? ChargeStatus.Refunded : ChargeStatus.Cancelled;
        charge.RemoteStatus = "EXCLUIDA";
    }

    /// <summary>Bearer call; on 401 the token is refreshed once (rotating the refresh token) and the call repeated.</summary>
    private async Task<JsonNode?> SendAsync(HttpMethod method, string path, JsonNode? body, CancellationToken cancellationToken)
    {
        var uri = new Uri(options.Value.ContaAzulApiUrl.TrimEnd('/') + path);
        var token = await tokens.AccessTokenAsync(force: false, cancellationToken);
        try
        {
            return await api.SendAsync(Service, method, uri, h => h.Authorization = new AuthenticationHeaderValue("Bearer", token), body, cancellationToken);
        }
        catch (IntegrationCallException ex) when (ex.Status == HttpStatusCode.Unauthorized)
        {
            token = await tokens.AccessTokenAsync(force: true, cancellationToken);
            return await api.SendAsync(Service, method, uri, h => h.Authorization = new AuthenticationHeaderValue("Bearer", token), body, cancellationToken);
        }
    }
}
