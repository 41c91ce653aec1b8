using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using Tiflux.Billing.PublicApi;
using Tiflux.Contracts.PublicApi;
using Tiflux.Integrations.Charges;
using Tiflux.Integrations.PublicApi;
using Tiflux.Integrations.Settings;

namespace Tiflux.Integrations.Asaas;

/// <summary>
/// Asaas API v3 (see docs integrations.md §1): customer by CPF/CNPJ, charge looked up by externalReference before it
/// is created (a retried job never creates a second one), PIX code, optional NFS-e; cancel deletes or refunds.
/// </summary>
internal sealed class AsaasGateway(ExternalApi api, SecretBox secrets, IOptions<IntegrationsOptions> options)
{
    private const string Service = "Asaas";

    public static string ExternalReference(Guid billingId) => "fat-" + billingId.ToString("D");

    public static string InvoiceReference(Guid billingId) => "nf-" + billingId.ToString("D");

    public static Guid? BillingIdFrom(string? externalReference) =>
        externalReference is not null && externalReference.StartsWith("fat-", StringComparison.Ordinal)
        && Guid.TryParse(externalReference.AsSpan(4), out var id) ? id : null;

    public async Task CreateAsync(Charge charge, IntegrationSettings settings, BillingChargeDataDto billing, ClientSummary client, Func<Task> checkpoint, CancellationToken cancellationToken)
    {
        var session = Open(settings);
        if (charge.CustomerId is null)
        {
            var document = Json.Digits(client.TaxId);
            var found = await session.GetAsync($"/v3/customers?cpfCnpj={Json.Query(document)}", cancellationToken);
            charge.CustomerId = found.Items("data").FirstOrDefault().Str("id");
            if (charge.CustomerId is null)
            {
                var created = await session.SendAsync(HttpMethod.Post, "/v3/customers", new JsonObject
                {
                    ["name"] = string.IsNullOrWhiteSpace(client.LegalName) ? client.Name : client.LegalName,
                    ["cpfCnpj"] = document,
                    ["email"] = (client.FinanceEmails.Count > 0 ? client.FinanceEmails[0] : null),
                    ["additionalEmails"] = client.FinanceEmails.Count > 1 ? string.Join(',', client.FinanceEmails.Skip(1)) : null,
                    ["externalReference"] = "cli-" + client.Id.ToString("D"),
                }, cancellationToken);
                charge.CustomerId = created.Str("id") ?? throw new IntegrationCallException(FailureKind.Transient, "Asaas: cliente criado sem id.");
            }

            await checkpoint();
        }

        if (charge.ExternalId is null)
        {
            var existing = await session.GetAsync($"/v3/payments?externalReference={Json.Query(ExternalReference(billing.Id))}", cancellationToken);
            var payment = existing.Items("data").FirstOrDefault(p => p?["deleted"]?.GetValue<bool>() != true)
                ?? await session.SendAsync(HttpMethod.Post, "/v3/payments", new JsonObject
                {
                    ["customer"] = charge.CustomerId,
                    ["billingType"] = BillingType(settings.AsaasBillingType),
                    ["value"] = billing.RealValue,
                    ["dueDate"] = Json.Date(billing.DueDate),
                    ["description"] = Truncate(string.IsNullOrWhiteSpace(billing.Observations) ? $"Faturamento nº {billing.Number}" : billing.Observations, 500),
                    ["externalReference"] = ExternalReference(billing.Id),
                }, cancellationToken);
            Apply(charge, payment);
            await checkpoint();
        }

        if (charge.PixCode is null && settings.AsaasBillingType != AsaasBillingType.Boleto)
        {
            var pix = await session.GetAsync($"/v3/payments/{Json.Query(charge.ExternalId!)}/pixQrCode", cancellationToken, notFoundIsNull: true);
            charge.PixCode = pix.Str("payload");
        }

        if (settings.IssueNfse && charge.NfseId is null)
        {
            await ScheduleInvoiceAsync(session, charge, settings, billing, cancellationToken);
        }
    }

    private static async Task ScheduleInvoiceAsync(Session session, Charge charge, IntegrationSettings settings, BillingChargeDataDto billing, CancellationToken cancellationToken)
    {
        var existing = await session.GetAsync($"/v3/invoices?externalReference={Json.Query(InvoiceReference(billing.Id))}", cancellationToken, notFoundIsNull: true);
        var invoice = existing.Items("data").FirstOrDefault()
            ?? await session.SendAsync(HttpMethod.Post, "/v3/invoices", new JsonObject
            {
                ["payment"] = charge.ExternalId,
                ["serviceDescription"] = Truncate(string.IsNullOrWhiteSpace(billing.Observations) ? $"Serviços de TI — faturamento nº {billing.Number}" : billing.Observations, 500),
                ["observations"] = $"Faturamento nº {billing.Number}",
                ["value"] = billing.RealValue,
                ["deductions"] = 0,
                ["effectiveDate"] = Json.Date(billing.BillingDate),
                ["municipalServiceCode"] = settings.MunicipalServiceCode,
                ["municipalServiceName"] = string.IsNullOrWhiteSpace(settings.MunicipalServiceName) ? settings.MunicipalServiceCode : settings.MunicipalServiceName,
                ["externalReference"] = InvoiceReference(billing.Id),
                ["taxes"] = new JsonObject
                {
                    ["retainIss"] = settings.RetainIss,
                    ["iss"] = settings.Iss,
                    ["pis"] = settings.Pis,
                    ["cofins"] = settings.Cofins,
                    ["csll"] = settings.Csll,
                    ["inss"] = settings.Inss,
                    ["ir"] = settings.Ir,
                },
            }, cancellationToken);
        charge.NfseId = invoice.Str("id");
        charge.NfseStatus = invoice.Str("status");
        charge.NfseNumber = invoice.Str("number") ?? charge.NfseNumber;
    }

    /// <summary>Cancels the NFS-e and deletes the charge; a paid charge is refunded only when <see cref="Charge.RefundRequested"/>.</summary>
    public async Task CancelAsync(Charge charge, IntegrationSettings settings, Guid billingId, CancellationToken cancellationToken)
    {
        var session = Open(settings);
        if (charge.ExternalId is null)
        {
            var existing = await session.GetAsync($"/v3/payments?externalReference={Json.Query(ExternalReference(billingId))}", cancellationToken);
            if (existing.Items("data").FirstOrDefault(p => p?["deleted"]?.GetValue<bool>() != true) is not { } found)
            {
                charge.Status = ChargeStatus.Cancelled;
                return;
            }

            Apply(charge, found);
        }

        if (charge.NfseId is not null && charge.NfseStatus is "SCHEDULED" or "AUTHORIZED" or "ERROR" or "SYNCHRONIZED")
        {
            var invoice = await session.SendAsync(HttpMethod.Post, $"/v3/invoices/{Json.Query(charge.NfseId)}/cancel", new JsonObject(), cancellationToken, notFoundIsNull: true);
            charge.NfseStatus = invoice.Str("status") ?? "CANCELED";
        }

        var payment = await session.GetAsync($"/v3/payments/{Json.Query(charge.ExternalId!)}", cancellationToken, notFoundIsNull: true);
        var status = payment.Str("status");
        if (payment is null || payment["deleted"]?.GetValue<bool>() == true)
        {
            charge.Status = ChargeStatus.Cancelled;
            return;
        }

        charge.RemoteStatus = status;
        switch (status)
        {
            case "PENDING" or "OVERDUE":
                await session.SendAsync(HttpMethod.Delete, $"/v3/payments/{Json.Query(charge.ExternalId!)}", null, cancellationToken, notFoundIsNull: true);
                charge.Status = ChargeStatus.Cancelled;
                break;
            case "RECEIVED" or "CONFIRMED" or "RECEIVED_IN_CASH" when charge.RefundRequested:
                var refunded = await session.SendAsync(HttpMethod.Post, $"/v3/payments/{Json.Query(charge.ExternalId!)}/refund",
                    new JsonObject { ["description"] = $"Estorno do faturamento nº {charge.BillingNumber}" }, cancellationToken);
                charge.RemoteStatus = refunded.Str("status") ?? "REFUNDED";
                charge.Status = ChargeStatus.Refunded;
                break;
            case "RECEIVED" or "CONFIRMED" or "RECEIVED_IN_CASH":
                throw new IntegrationCallException(FailureKind.Permanent,
                    $"Asaas: a cobrança {charge.ExternalId} já foi paga ({status}); não é possível cancelá-la sem reembolso.");
            case "REFUNDED" or "REFUND_REQUESTED" or "REFUND_IN_PROGRESS":
                charge.Status = ChargeStatus.Refunded;
                break;
            default:
                throw new IntegrationCallException(FailureKind.Permanent, $"Asaas: a cobrança {charge.ExternalId} está em {status} e não pode ser cancelada.");
        }
    }

    public static void Apply(Charge charge, JsonNode? payment)
    {
        charge.ExternalId = payment.Str("id") ?? throw new IntegrationCallException(FailureKind.Transient, "Asaas: cobrança sem id.");
        charge.RemoteStatus = payment.Str("status");
        charge.InvoiceUrl = payment.Str("invoiceUrl") ?? charge.InvoiceUrl;
        charge.BankSlipUrl = payment.Str("bankSlipUrl") ?? charge.BankSlipUrl;
        charge.Status = charge.Status is ChargeStatus.Pending or ChargeStatus.Failed ? ChargeStatus.Created : charge.Status;
    }

    private static string BillingType(AsaasBillingType type) => type switch
    {
        AsaasBillingType.Pix => "PIX",
        AsaasBillingType.CustomerChooses => "UNDEFINED",
        _ => "BOLETO",
    };

    private static string Truncate(string text, int max) => text.Length > max ? text[..max] : text;

    private Session Open(IntegrationSettings settings)
    {
        var key = secrets.Unprotect(settings.AsaasApiKeyProtected)
            ?? throw new IntegrationCallException(FailureKind.Permanent, "Asaas: chave de API não configurada (Configurações › Integrações).");
        var baseUrl = settings.AsaasEnvironment == AsaasEnvironment.Production ? options.Value.AsaasProductionUrl : options.Value.AsaasSandboxUrl;
        return new Session(api, new Uri(baseUrl.TrimEnd('/') + "/", UriKind.Absolute), key);
    }

    private sealed class Session(ExternalApi api, Uri baseUri, string key)
    {
        public Task<JsonNode?> GetAsync(string path, CancellationToken cancellationToken, bool notFoundIsNull = false) =>
            SendAsync(HttpMethod.Get, path, null, cancellationToken, notFoundIsNull);

        public Task<JsonNode?> SendAsync(HttpMethod method, string path, JsonNode? body, CancellationToken cancellationToken, bool notFoundIsNull = false) =>
            api.SendAsync(Service, method, new Uri(baseUri, path.TrimStart('/')), h => h.Add("access_token", key), body, cancellationToken, notFoundIsNull);
    }

    /// <summary>Asaas webhook <c>dateCreated</c> / <c>paymentDate</c>: "yyyy-MM-dd" or "yyyy-MM-dd HH:mm:ss" (Brasília time).</summary>
    public static DateTimeOffset? ParseDate(string? text) =>
        DateTime.TryParseExact(text, ["yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var local)
            ? new DateTimeOffset(local, TimeSpan.FromHours(-3)).ToUniversalTime()
            : null;
}
