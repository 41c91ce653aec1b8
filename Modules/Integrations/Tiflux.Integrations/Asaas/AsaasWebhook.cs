using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Tiflux.Billing.PublicApi;
using Tiflux.Integrations.Charges;
using Tiflux.Integrations.Persistence;
using Tiflux.Integrations.PublicApi;
using Tiflux.Integrations.Settings;

namespace Tiflux.Integrations.Asaas;

/// <summary>
/// An Asaas webhook delivery. The token is compared in constant time; the event id is claimed in
/// <c>integrations.webhook_events</c> (primary key) and its row locked, so a duplicate delivery — even a concurrent
/// one — changes nothing. Only PAYMENT_* and INVOICE_* events act. The effects are local database writes, so they
/// run in the request; nothing here calls Asaas.
/// </summary>
internal sealed class AsaasWebhook(IntegrationsDbContext db, SecretBox secrets, IBillingPayments billings, TimeProvider clock)
{
    private const string Source = "Asaas";

    public async Task<WebhookOutcome> HandleAsync(string? token, string body, CancellationToken cancellationToken)
    {
        var settings = await db.Settings.AsNoTracking().SingleAsync(s => s.Id == 1, cancellationToken);
        var expected = secrets.Unprotect(settings.AsaasWebhookTokenProtected);
        if (expected is null || token is null
            || !CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(token), Encoding.UTF8.GetBytes(expected)))
        {
            return WebhookOutcome.Unauthorized;
        }

        JsonNode? payload;
        try
        {
            payload = JsonNode.Parse(body);
        }
        catch (JsonException)
        {
            return WebhookOutcome.Invalid;
        }

        var id = payload.Str("id");
        var name = payload.Str("event");
        if (string.IsNullOrWhiteSpace(id) || string.IsNullOrWhiteSpace(name) || id.Length > 200)
        {
            return WebhookOutcome.Invalid;
        }

        if (!name.StartsWith("PAYMENT_", StringComparison.Ordinal) && !name.StartsWith("INVOICE_", StringComparison.Ordinal))
        {
            return WebhookOutcome.Ignored;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var now = clock.GetUtcNow();
        await db.Database.ExecuteSqlAsync(
            $"INSERT INTO integrations.webhook_events (id, event, received_at, payload) VALUES ({id}, {name}, {now}, {body}::jsonb) ON CONFLICT (id) DO NOTHING",
            cancellationToken);
        var stored = await db.WebhookEvents.FromSql($"SELECT * FROM integrations.webhook_events WHERE id = {id} FOR UPDATE").SingleAsync(cancellationToken);
        if (stored.ProcessedAt is not null)
        {
            return WebhookOutcome.Duplicate;
        }

        if (name.StartsWith("PAYMENT_", StringComparison.Ordinal))
        {
            await PaymentAsync(name, payload?["payment"], cancellationToken);
        }
        else
        {
            await InvoiceAsync(name, payload?["invoice"], cancellationToken);
        }

        stored.ProcessedAt = now;
        await db.SaveChangesAsync(CancellationToken.None);
        await transaction.CommitAsync(CancellationToken.None);
        return WebhookOutcome.Accepted;
    }

    private async Task PaymentAsync(string name, JsonNode? payment, CancellationToken cancellationToken)
    {
        var paymentId = payment.Str("id");
        var billingId = AsaasGateway.BillingIdFrom(payment.Str("externalReference"));
        var charge = await db.Charges.FirstOrDefaultAsync(
            c => c.Provider == IntegrationProvider.Asaas && ((billingId != null && c.BillingId == billingId) || (paymentId != null && c.ExternalId == paymentId)), cancellationToken);
        if (charge is null)
        {
            return;
        }

        var status = payment.Str("status");
        charge.RemoteStatus = status ?? charge.RemoteStatus;
        charge.UpdatedAt = clock.GetUtcNow();
        if (charge.ExternalId is null && paymentId is not null)
        {
            AsaasGateway.Apply(charge, payment);
        }

        if (name == "PAYMENT_DELETED")
        {
            if (charge.Status is ChargeStatus.Cancelling or ChargeStatus.Created or ChargeStatus.Pending)
            {
                charge.Status = ChargeStatus.Cancelled;
            }
        }
        else if (name is "PAYMENT_REFUNDED" or "PAYMENT_RECEIVED_IN_CASH_UNDONE" || status == "REFUNDED")
        {
            await billings.UndoPaymentAsync(charge.BillingId, Source, $"{name}: pagamento estornado ou desfeito no Asaas.", cancellationToken);
            charge.Status = name == "PAYMENT_RECEIVED_IN_CASH_UNDONE" ? ChargeStatus.Created : ChargeStatus.Refunded;
            charge.PaidAt = null;
        }
        else if (status is "RECEIVED" or "CONFIRMED" or "RECEIVED_IN_CASH")
        {
            var paidAt = AsaasGateway.ParseDate(payment.Str("clientPaymentDate") ?? payment.Str("paymentDate")) ?? clock.GetUtcNow();
            var confirmed = await billings.ConfirmPaymentAsync(charge.BillingId, paidAt, Source, cancellationToken);
            if (confirmed.IsSuccess)
            {
                charge.PaidAt = paidAt;
                if (charge.Status is ChargeStatus.Created or ChargeStatus.Pending or ChargeStatus.Failed)
                {
                    charge.Status = ChargeStatus.Paid;
                }
            }
            else
            {
                charge.LastError = string.Join("; ", confirmed.Errors.Select(e => e.Message));
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task InvoiceAsync(string name, JsonNode? invoice, CancellationToken cancellationToken)
    {
        var invoiceId = invoice.Str("id");
        var paymentId = invoice.Str("payment");
        var charge = await db.Charges.FirstOrDefaultAsync(
            c => c.Provider == IntegrationProvider.Asaas && ((invoiceId != null && c.NfseId == invoiceId) || (paymentId != null && c.ExternalId == paymentId)), cancellationToken);
        if (charge is null)
        {
            return;
        }

        charge.NfseId ??= invoiceId;
        charge.NfseStatus = invoice.Str("status") ?? charge.NfseStatus;
        charge.UpdatedAt = clock.GetUtcNow();
        if (name == "INVOICE_AUTHORIZED" && invoice.Str("number") is { Length: > 0 } number)
        {
            charge.NfseNumber = number;
            var set = await billings.SetNfeNumberAsync(charge.BillingId, number, Source, cancellationToken);
            if (!set.IsSuccess)
            {
                charge.LastError = string.Join("; ", set.Errors.Select(e => e.Message));
            }
        }
        else if (name == "INVOICE_ERROR")
        {
            charge.LastError = "NFS-e com erro no Asaas: " + (invoice.Str("statusDescription") ?? "sem descrição");
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
