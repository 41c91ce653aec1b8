using Microsoft.EntityFrameworkCore;
using Tiflux.Billing.Persistence;
using Tiflux.Billing.PublicApi;
using Tiflux.SharedKernel;
using Tiflux.Tickets.PublicApi;

namespace Tiflux.Billing.Billings;

/// <summary>
/// Estorno: the billing keeps its amounts and is marked reversed; its lines, cycles and ledger movements stop counting,
/// so the same items and cycles are pending again exactly as before, and the tickets' items are released.
/// </summary>
internal sealed class ReverseBilling(BillingDbContext db, ITicketsModule tickets, TimeProvider clock)
{
    public static string PaidMessage(int number) =>
        $"O faturamento nº {number} já foi pago pela integração (Asaas / Conta Azul). Para estorná-lo, confirme que o valor será devolvido ao cliente (reembolso): a cobrança será reembolsada na integração.";

    public async Task<Result> RunAsync(Guid billingId, string reason, string by, bool refundConfirmed, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            return Result.Failure(Error.Validation("Reason", "Informe o motivo do estorno."));
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await BillingWriteLock.AcquireAsync(db, cancellationToken);
        var billing = await db.Billings.FromSqlInterpolated($"SELECT * FROM billing.billings WHERE id = {billingId} FOR UPDATE")
            .SingleOrDefaultAsync(cancellationToken);
        if (billing is null)
        {
            return Result.Failure(Error.NotFound("Faturamento não encontrado."));
        }

        if (billing.Reversed)
        {
            return Result.Failure(Error.Conflict($"O faturamento nº {billing.Number} já foi estornado."));
        }

        if (billing.Paid && !refundConfirmed)
        {
            return Result.Failure(Error.Conflict(PaidMessage(billing.Number)));
        }

        var now = clock.GetUtcNow();
        billing.Reversed = true;
        billing.ReversedAt = now;
        billing.ReversedBy = by;
        billing.ReversalReason = reason.Trim();
        await db.BillingLines.Where(l => l.BillingId == billingId).ExecuteUpdateAsync(s => s.SetProperty(l => l.Active, false), cancellationToken);
        await db.BilledCycles.Where(c => c.BillingId == billingId).ExecuteUpdateAsync(s => s.SetProperty(c => c.Active, false), cancellationToken);
        await db.Ledger.Where(l => l.BillingId == billingId).ExecuteUpdateAsync(s => s.SetProperty(l => l.Active, false), cancellationToken);
        db.Audit.Add(new BillingAudit { BillingId = billingId, Action = "Estornado", By = by, At = now, Details = reason.Trim() });
        db.Outbox.Add(BuildingBlocks.Outbox.OutboxMessages.From(
            BillingEventTypes.Reversed,
            new BillingReversed(Guid.CreateVersion7(), now, billingId, billing.Number, billing.ClientId, billing.Paid, refundConfirmed)));
        await db.SaveChangesAsync(cancellationToken);
        await tickets.UnmarkBilledAsync(billingId, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return Result.Success();
    }
}
