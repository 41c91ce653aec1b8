using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Tiflux.Billing.Billings.Drafts;
using Tiflux.Billing.Ledger;
using Tiflux.Billing.Pending;
using Tiflux.Billing.Persistence;
using Tiflux.Billing.PublicApi;
using Tiflux.BuildingBlocks.Outbox;
using Tiflux.SharedKernel;
using Tiflux.Tickets.PublicApi;

namespace Tiflux.Billing.Billings;

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

    public async Task<Result<BillingCreatedDto>> RunAsync(CommitBillingRequest request, CancellationToken cancellationToken)
    {
        var selectionRequest = request.Selection;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);

        // Computed after taking the lock: a billing committed meanwhile is seen here, so the version check and the
        // billing order rule judge what is really pending (the unique indexes remain the last guard).
        await BillingWriteLock.AcquireAsync(db, cancellationToken);
        var settings = await db.Settings.SingleAsync(s => s.Id == 1, cancellationToken);
        var computation = await engine.ComputeAsync(selectionRequest.Filters with { ClientIds = [selectionRequest.ClientId] }, cancellationToken);
        var selection = BillingSelection.Of(selectionRequest, computation);
        var observations = request.Observations ?? BillingDraftDefaults.Observations(selection.Groups.SelectMany(g => g.Lines));
        var errors = Validate(request, observations, selection, settings);
        errors.AddRange(BillingOrder.Check(selection.SelectedGroups, computation));
        if (errors.Count > 0)
        {
            return Result<BillingCreatedDto>.Failure(errors);
        }

        try
        {
            var lines = selection.Lines;
            var billing = await InsertAsync(request, observations, lines, computation, settings, cancellationToken);
            var items = lines.Where(l => !l.IsContractLine && l.SourceId is not null).Select(ToItemRef).ToList();
            if (items.Count > 0)
            {
                var marked = await tickets.MarkBilledAsync(new MarkBilledRequest(billing.Id, items), cancellationToken);
                if (!marked.IsSuccess)
                {
                    await transaction.RollbackAsync(cancellationToken);
                    return Error.Conflict(ConflictMessage);
                }
            }

            await CommitOrReleaseAsync(transaction, billing.Id, items.Count > 0, cancellationToken);
            return Result<BillingCreatedDto>.Success(new BillingCreatedDto(billing.Id, billing.Number, billing.RealValue));
        }
        catch (DbUpdateException ex) when (ex.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            await transaction.RollbackAsync(CancellationToken.None);
            return Error.Conflict(ConflictMessage);
        }
    }

    private async Task CommitOrReleaseAsync(Microsoft.EntityFrameworkCore.Storage.IDbContextTransaction transaction, Guid billingId, bool marked, CancellationToken cancellationToken)
    {
        try
        {
            await transaction.CommitAsync(cancellationToken);
        }
        catch when (marked)
        {
            await tickets.UnmarkBilledAsync(billingId, CancellationToken.None);
            throw;
        }
    }

    private async Task<BillingDocument> InsertAsync(
        CommitBillingRequest request, string observations, IReadOnlyList<PendingLineDto> lines, PendingComputation computation, BillingSettings settings, CancellationToken cancellationToken)
    {
        // The settings row was read under the write lock, held until commit: billing numbers are gapless and in creation order.
        settings.LastBillingNumber++;
        var itemsTotal = lines.Sum(l => l.Amount);
        var now = clock.GetUtcNow();
        var billing = new BillingDocument
        {
            Number = settings.LastBillingNumber,
            ClientId = request.Selection.ClientId,
            ClientName = lines[0].ClientName,
            BillingDate = request.BillingDate,
            DueDate = request.DueDate,
            ItemsTotal = itemsTotal,
            Discount = request.Discount,
            Interest = request.Interest,
            RealValue = itemsTotal - request.Discount + request.Interest,
            NfeNumber = (request.NfeNumber ?? "").Trim(),
            Observations = observations.Trim(),
            CreatedBy = request.CreatedBy,
            CreatedAt = now,
        };
        billing.Lines.AddRange(lines.Select((l, i) => ToBillingLine(billing.Id, i, l)));
        foreach (var group in lines.Where(l => l.IsContractLine).GroupBy(l => (l.ContractId!.Value, l.CycleIndex!.Value, l.GroupKey)))
        {
            billing.Cycles.Add(new BilledCycle { BillingId = billing.Id, ContractId = group.Key.Item1, CycleIndex = group.Key.Item2 });
            foreach (var movement in computation.Movements.GetValueOrDefault(group.Key.GroupKey) ?? [])
            {
                db.Ledger.Add(new LedgerEntry
                {
                    ContractId = group.Key.Item1,
                    CycleIndex = movement.CycleIndex,
                    BillingId = billing.Id,
                    Kind = movement.Kind,
                    Minutes = movement.Minutes,
                    Amount = movement.Amount,
                    LotCycleIndex = movement.LotCycleIndex,
                    ExpiresAfterCycle = movement.ExpiresAfterCycle,
                    CreatedAt = now,
                });
            }
        }

        db.Billings.Add(billing);
        db.Attachments.AddRange(request.Attachments.Select(a => new BillingAttachment
        {
            BillingId = billing.Id,
            FileName = Path.GetFileName(a.FileName),
            ContentType = AttachmentRules.ContentTypeFor(a.FileName),
            Size = a.Content.Length,
            Content = a.Content,
            UploadedBy = request.CreatedBy,
            UploadedAt = now,
        }));
        db.Audit.Add(new BillingAudit
        {
            BillingId = billing.Id,
            Action = "Faturado",
            By = request.CreatedBy,
            At = now,
            Details = $"Faturamento nº {billing.Number}: {lines.Count} linha(s), valor real {PtBr.Money(billing.RealValue)}",
        });
        db.Outbox.Add(OutboxMessages.From(
            BillingEventTypes.Created,
            new BillingCreated(Guid.CreateVersion7(), now, billing.Id, billing.Number, billing.ClientId, billing.RealValue, billing.BillingDate, billing.DueDate)));
        // The automatic run's billings are e-mailed by Notifications, which reacts to this event (ADR 0013).
        if (request.CreatedBy == Runs.BillingRunner.Actor)
        {
            db.Outbox.Add(OutboxMessages.From(
                BillingEventTypes.AutomaticallyClosed, new AutomaticBillingClosed(Guid.CreateVersion7(), now, billing.Id, billing.Number, billing.ClientId)));
        }

        await db.SaveChangesAsync(cancellationToken);
        return billing;
    }

    private static List<Error> Validate(CommitBillingRequest request, string observations, BillingSelection selection, BillingSettings settings)
    {
        var errors = new List<Error>();
        if (BillingSelection.EmptyError(request.Selection, selection.SelectedGroups) is { } empty)
        {
            errors.Add(empty);
            return errors;
        }

        if (selection.MissingGroupKeys.Count > 0)
        {
            errors.Add(Error.Conflict(ConflictMessage));
            return errors;
        }

        if (request.Version is not null && request.Version != BillingFingerprint.Of(selection.Lines))
        {
            errors.Add(new Error(BillingErrorCodes.DraftChanged, DraftChangedMessage(selection.Total)));
            return errors;
        }

        var total = selection.Total;
        if (request.Discount < 0)
        {
            errors.Add(Error.Validation("Discount", "O desconto não pode ser negativo."));
        }
        else if (request.Discount > total)
        {
            errors.Add(Error.Validation("Discount", $"O desconto ({PtBr.Money(request.Discount)}) não pode ser maior que o total dos itens ({PtBr.Money(total)})."));
        }

        if (request.Interest < 0)
        {
            errors.Add(Error.Validation("Interest", "Os juros não podem ser negativos."));
        }

        if (request.DueDate < request.BillingDate && !settings.AllowDueDateBeforeBillingDate)
        {
            errors.Add(Error.Validation("DueDate", "A data de vencimento não pode ser anterior à data de faturamento."));
        }

        if ((request.NfeNumber ?? "").Trim().Length > BillingLimits.NfeNumber)
        {
            errors.Add(Error.Validation("NfeNumber", $"O número da NFe deve ter no máximo {BillingLimits.NfeNumber} caracteres."));
        }

        if (observations.Length > BillingLimits.Observations)
        {
            errors.Add(Error.Validation("Observations", $"As observações devem ter no máximo {BillingLimits.Observations} caracteres."));
        }

        errors.AddRange(request.Attachments.Select(AttachmentRules.Check).OfType<Error>());
        return errors;
    }

    private static BillableItemRefDto ToItemRef(PendingLineDto line) => new(ReconcileBilledMarks.ItemKindOf(line.Kind), line.SourceId!.Value);

    private static BillingLine ToBillingLine(Guid billingId, int position, PendingLineDto l) => new()
    {
        BillingId = billingId,
        Position = position,
        Key = l.Key,
        GroupKey = l.GroupKey,
        Kind = l.Kind,
        ContractId = l.ContractId,
        ContractName = l.ContractName,
        CycleIndex = l.CycleIndex,
        TicketNumber = l.TicketNumber,
        SourceId = l.SourceId,
        ReferenceDate = l.ReferenceDate,
        DueDate = l.DueDate,
        PeriodStart = l.PeriodStart,
        PeriodEnd = l.PeriodEnd,
        Description = l.Description,
        Quantity = l.Quantity,
        Unit = l.Unit,
        UnitValue = l.UnitValue,
        Amount = l.Amount,
        ExplanationJson = JsonSerializer.Serialize(l.Explanation),
    };
}
