using Microsoft.EntityFrameworkCore;
using Tiflux.Billing.Persistence;
using Tiflux.Billing.PublicApi;
using Tiflux.SharedKernel;
using Tiflux.Contracts.PublicApi;
using Tiflux.Tickets.PublicApi;

namespace Tiflux.Billing.Invoicing;

/// <summary>
/// Estorno: the billing keeps its amounts and is marked reversed; its lines, cycles and ledger movements stop counting,
/// so the same items and cycles are pending again exactly as before, and the tickets' items are released.
/// </summary>
internal sealed class ReverseBilling(BillingDbContext db, ITicketBilling tickets, IContractsModule contracts, TimeProvider clock)
{
    public static string PaidMessage(int number) =>
        $"O faturamento nº {number} já foi pago pela integração (Asaas / Conta Azul). Para estorná-lo, confirme que o valor será devolvido ao cliente (reembolso): a cobrança será reembolsada na integração.";

    public async Task<Result> HandleAsync(Guid billingId, string reason, string by, bool refundConfirmed, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            return Result.Failure(Error.Validation("Reason", "Informe o motivo do estorno."));
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var clientId = await db.Billings.Where(b => b.Id == billingId).Select(b => (Guid?)b.ClientId).SingleOrDefaultAsync(cancellationToken);
        if (clientId is { } client)
        {
            await BillingWriteLock.AcquireClientsAsync(db, [client], cancellationToken);
        }

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

        if (await LaterBilledCycleAsync(billingId, cancellationToken) is { } later)
        {
            return Result.Failure(Error.Conflict(BillingOrder.ReverseLaterFirst(later.Number, later.ContractName)));
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

    /// <summary>Another active billing holding a later cycle of a contract (that carries balances) this billing bills.</summary>
    private async Task<(int Number, string ContractName)?> LaterBilledCycleAsync(Guid billingId, CancellationToken cancellationToken)
    {
        var cycles = await db.BilledCycles.AsNoTracking().Where(c => c.BillingId == billingId && c.Active).ToListAsync(cancellationToken);
        if (cycles.Count == 0)
        {
            return null;
        }

        var carrying = (await contracts.GetContractTermsAsync(new ContractTermsRequest(null, [.. cycles.Select(c => c.ContractId).Distinct()]), cancellationToken))
            .Where(t => t.Modality.CarriesBalance()).ToDictionary(t => t.Id, t => t.Name);
        // One read of the other active cycles of those contracts; a later one blocks the reversal.
        var contractIds = carrying.Keys.ToList();
        var others = await db.BilledCycles.AsNoTracking()
            .Where(c => c.Active && c.BillingId != billingId && contractIds.Contains(c.ContractId))
            .Join(db.Billings, c => c.BillingId, b => b.Id, (c, b) => new { c.ContractId, c.CycleIndex, b.Number })
            .ToListAsync(cancellationToken);
        var later = others
            .Where(o => cycles.Any(c => c.ContractId == o.ContractId && o.CycleIndex > c.CycleIndex))
            .MaxBy(o => o.Number);
        return later is null ? null : (later.Number, carrying[later.ContractId]);
    }
}
