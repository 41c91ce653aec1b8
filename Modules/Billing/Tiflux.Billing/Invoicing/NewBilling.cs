using System.Text.Json;
using Tiflux.Billing.Ledger;
using Tiflux.Billing.Pending;
using Tiflux.Billing.Persistence;
using Tiflux.Billing.PublicApi;
using Tiflux.BuildingBlocks.Outbox;
using Tiflux.SharedKernel;

namespace Tiflux.Billing.Invoicing;

/// <summary>The rows one commit writes: the billing with its lines and cycles, ledger movements, attachments, audit and outbox events.</summary>
internal static class NewBilling
{
    public static async Task<BillingDocument> InsertAsync(
        BillingDbContext db, DateTimeOffset now, CommitBillingRequest request, string observations, IReadOnlyList<PendingLineDto> lines,
        PendingComputation computation, BillingSettings settings, IReadOnlyList<string>? emailRecipients, CancellationToken cancellationToken)
    {
        var billing = Add(db, now, request, observations, lines, computation, settings, emailRecipients);
        await db.SaveChangesAsync(cancellationToken);
        return billing;
    }

    /// <summary>Adds every row to the context without saving.</summary>
    public static BillingDocument Add(
        BillingDbContext db, DateTimeOffset now, CommitBillingRequest request, string observations, IReadOnlyList<PendingLineDto> lines,
        PendingComputation computation, BillingSettings settings, IReadOnlyList<string>? emailRecipients)
    {
        // The settings row was read under the write lock, held until commit: billing numbers are gapless and in creation order.
        var billing = AddDocument(db, now, request, observations, lines, computation, ++settings.LastBillingNumber);
        AddRecords(db, billing, request, lines.Count, emailRecipients, now);
        return billing;
    }

    /// <summary>
    /// The billing with its lines, cycles, ledger movements and attachments, under <paramref name="number"/>: an automatic
    /// batch writes these with provisional numbers before it takes the write lock, then numbers them and adds the
    /// records that quote the number (<see cref="AddRecords"/>).
    /// </summary>
    public static BillingDocument AddDocument(
        BillingDbContext db, DateTimeOffset now, CommitBillingRequest request, string observations, IReadOnlyList<PendingLineDto> lines,
        PendingComputation computation, int number)
    {
        var itemsTotal = lines.Sum(l => l.Amount);
        var billing = new BillingDocument
        {
            Number = number,
            ClientId = request.Selection.ClientId,
            ClientName = lines[0].ClientName,
            BillingDate = request.BillingDate,
            DueDate = request.DueDate ?? throw new InvalidOperationException("The due date is resolved before the billing is written."),
            ItemsTotal = itemsTotal,
            Discount = request.Discount,
            Interest = request.Interest,
            RealValue = BillingAmounts.RealValue(itemsTotal, request.Discount, request.Interest),
            NfeNumber = (request.NfeNumber ?? "").Trim(),
            Observations = observations.Trim(),
            CreatedBy = request.CreatedBy,
            CreatedAt = now,
        };
        billing.Lines.AddRange(lines.Select((l, i) => ToBillingLine(billing.Id, i, l)));
        AddCyclesAndLedger(db, billing, lines, computation, now);
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
        return billing;
    }

    /// <summary>What quotes the billing's final number: the audit entry and the outbox events (created, closed automatically, e-mail).</summary>
    public static void AddRecords(
        BillingDbContext db, BillingDocument billing, CommitBillingRequest request, int lineCount, IReadOnlyList<string>? emailRecipients, DateTimeOffset now)
    {
        AddAuditAndEvents(db, billing, request.CreatedBy, lineCount, now);
        if (request.Email is { } email && emailRecipients is { Count: > 0 })
        {
            db.Outbox.Add(OutboxMessages.From(
                BillingEventTypes.EmailRequested,
                new BillingEmailRequested(Guid.CreateVersion7(), now, billing.Id, billing.Number, emailRecipients, email.Layout, request.CreatedBy)));
        }
    }

    private static void AddCyclesAndLedger(BillingDbContext db, BillingDocument billing, IReadOnlyList<PendingLineDto> lines, PendingComputation computation, DateTimeOffset now)
    {
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
    }

    private static void AddAuditAndEvents(BillingDbContext db, BillingDocument billing, string createdBy, int lineCount, DateTimeOffset now)
    {
        db.Audit.Add(new BillingAudit
        {
            BillingId = billing.Id,
            Action = "Faturado",
            By = createdBy,
            At = now,
            Details = $"Faturamento nº {billing.Number}: {lineCount} linha(s), valor real {PtBr.Money(billing.RealValue)}",
        });
        db.Outbox.Add(OutboxMessages.From(
            BillingEventTypes.Created,
            new BillingCreated(Guid.CreateVersion7(), now, billing.Id, billing.Number, billing.ClientId, billing.RealValue, billing.BillingDate, billing.DueDate)));
        // The automatic run's billings are e-mailed by Notifications, which reacts to this event (ADR 0013).
        if (createdBy == Runs.BillPlannedCycle.Actor)
        {
            db.Outbox.Add(OutboxMessages.From(
                BillingEventTypes.AutomaticallyClosed, new AutomaticBillingClosed(Guid.CreateVersion7(), now, billing.Id, billing.Number, billing.ClientId)));
        }
    }

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
