using Microsoft.EntityFrameworkCore;
using Npgsql;
using Tiflux.Billing.Pending;
using Tiflux.Billing.Persistence;
using Tiflux.Billing.PublicApi;
using Tiflux.SharedKernel;
using Tiflux.Tickets.PublicApi;

namespace Tiflux.Billing.Invoicing;

/// <summary>
/// Faturar: in one transaction holding the billing write lock, recomputes the client's pending lines once, keeps the
/// selected groups, refuses when they differ from the draft the user saw (its version), and writes the billing, its
/// lines, the billed cycles, ledger movements and an outbox event. The items are marked billed in Tickets while that
/// transaction is still open, so a failure on either side leaves nothing written; unique indexes on active line keys
/// and cycles make a concurrent billing of the same item fail. A crash between Tickets' commit and ours leaves marks
/// without a billing: <see cref="ReconcileBilledMarks"/> releases them (docs/decisions/0010-input-bounds.md,
/// docs/decisions/0014-billing-draft-commit.md).
/// </summary>
internal sealed class CommitBilling(BillingDbContext db, PendingBillingEngine engine, ITicketBilling tickets, TimeProvider clock)
{
    public const string ConflictMessage = "Algum item foi faturado por outra pessoa enquanto você finalizava. Nada foi gravado; atualize a lista e tente de novo.";

    public static string DraftChangedMessage(decimal total) =>
        $"Os valores mudaram desde que a tela foi aberta: o total agora é {PtBr.Money(total)}. Confira e clique em Faturar de novo. Nada foi gravado.";

    public async Task<Result<BillingCreatedDto>> HandleAsync(CommitBillingRequest request, CancellationToken cancellationToken)
    {
        var selectionRequest = request.Selection;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);

        // Computed after taking the lock: a billing committed meanwhile is seen here, so the version check and the
        // billing order rule judge what is really pending (the unique indexes remain the last guard).
        await BillingWriteLock.AcquireClientsAsync(db, [selectionRequest.ClientId], cancellationToken);
        await BillingWriteLock.AcquireAsync(db, cancellationToken);
        var settings = await db.Settings.SingleAsync(s => s.Id == 1, cancellationToken);
        var computation = await engine.ComputeAsync(selectionRequest.Filters with { ClientIds = [selectionRequest.ClientId] }, cancellationToken);
        var prepared = PreparedCommit.Of(request, computation, settings);
        if (prepared.Errors.Count > 0)
        {
            return Result<BillingCreatedDto>.Failure(prepared.Errors);
        }

        try
        {
            var lines = prepared.Selection.Lines;
            var billing = await NewBilling.InsertAsync(db, clock.GetUtcNow(), prepared.Request, prepared.Observations, lines, computation, settings, prepared.Recipients, cancellationToken);
            if (!await TicketMarks.MarkAndCommitAsync(tickets, transaction, [new MarkBilledRequest(billing.Id, ItemsOf(lines))], cancellationToken))
            {
                await transaction.RollbackAsync(cancellationToken);
                return Error.Conflict(ConflictMessage);
            }

            return Result<BillingCreatedDto>.Success(new BillingCreatedDto(billing.Id, billing.Number, billing.RealValue));
        }
        catch (DbUpdateException ex) when (ex.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            await transaction.RollbackAsync(CancellationToken.None);
            return Error.Conflict(ConflictMessage);
        }
    }

    /// <summary>The tickets' items a billing of these lines marks billed in Tickets.</summary>
    public static List<BillableItemRefDto> ItemsOf(IEnumerable<PendingLineDto> lines) =>
        [.. lines.Where(l => !l.IsContractLine && l.SourceId is not null).Select(l => new BillableItemRefDto(ReconcileBilledMarks.ItemKindOf(l.Kind), l.SourceId!.Value))];
}
