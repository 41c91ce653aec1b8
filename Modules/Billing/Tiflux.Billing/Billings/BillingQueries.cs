using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Tiflux.Billing.Persistence;
using Tiflux.Billing.PublicApi;
using Tiflux.SharedKernel;

namespace Tiflux.Billing.Billings;

internal sealed class BillingQueries(BillingDbContext db)
{
    public async Task<Result<BillingHistoryDto>> HistoryAsync(BillingHistoryRequest request, CancellationToken cancellationToken)
    {
        if ((request.BillingFrom is null) != (request.BillingTo is null) || (request.DueFrom is null) != (request.DueTo is null))
        {
            return Error.Validation("BillingFrom", "Informe o início e o fim do período (os dois juntos).");
        }

        var query = db.Billings.AsNoTracking();
        if (request.BillingFrom is { } bf && request.BillingTo is { } bt)
        {
            query = query.Where(b => b.BillingDate >= bf && b.BillingDate <= bt);
        }

        if (request.DueFrom is { } df && request.DueTo is { } dt)
        {
            query = query.Where(b => b.DueDate >= df && b.DueDate <= dt);
        }

        if (request.ClientId is { } clientId)
        {
            query = query.Where(b => b.ClientId == clientId);
        }

        if (!string.IsNullOrWhiteSpace(request.NfeNumber))
        {
            var nfe = request.NfeNumber.Trim();
            query = query.Where(b => b.NfeNumber == nfe);
        }

        if (request.NotReversed)
        {
            query = query.Where(b => !b.Reversed);
        }

        if (request.Number is { } number)
        {
            query = query.Where(b => b.Number == number);
        }

        if (request.TicketNumber is { } ticket)
        {
            query = query.Where(b => db.BillingLines.Any(l => l.BillingId == b.Id && l.TicketNumber == ticket));
        }

        query = request.State switch
        {
            BillingState.Reversed => query.Where(b => b.Reversed),
            BillingState.Paid => query.Where(b => !b.Reversed && b.Paid),
            BillingState.Billed => query.Where(b => !b.Reversed && !b.Paid),
            _ => query,
        };
        var page = Math.Max(1, request.Page);
        var size = Math.Clamp(request.PageSize, 1, 200);
        var total = await query.CountAsync(cancellationToken);
        var counted = query.Where(b => !b.Reversed);
        var totalValue = await counted.SumAsync(b => (decimal?)b.RealValue, cancellationToken) ?? 0m;
        var countedBillings = await counted.CountAsync(cancellationToken);
        var rows = await query.OrderByDescending(b => b.Number).Skip(PagedList.Skip(page, size)).Take(size).ToListAsync(cancellationToken);
        return Result<BillingHistoryDto>.Success(new BillingHistoryDto(new PagedList<BillingSummary>([.. rows.Select(Summary)], page, size, total), totalValue, countedBillings));
    }

    public async Task<BillingDetailsDto?> DetailsAsync(Guid billingId, CancellationToken cancellationToken)
    {
        var billing = await db.Billings.AsNoTracking().Include(b => b.Lines).SingleOrDefaultAsync(b => b.Id == billingId, cancellationToken);
        if (billing is null)
        {
            return null;
        }

        var attachments = await db.Attachments.AsNoTracking().Where(a => a.BillingId == billingId).OrderBy(a => a.UploadedAt)
            .Select(a => new AttachmentInfoDto(a.Id, a.FileName, a.ContentType, a.Size, a.UploadedBy, a.UploadedAt)).ToListAsync(cancellationToken);
        var audit = await db.Audit.AsNoTracking().Where(a => a.BillingId == billingId).OrderBy(a => a.At)
            .Select(a => new AuditEntryDto(a.Action, a.By, a.At, a.Details)).ToListAsync(cancellationToken);
        return new BillingDetailsDto(
            Summary(billing), billing.Observations, billing.ReversalReason,
            [.. billing.Lines.OrderBy(l => l.Position).Select(ToDto)], attachments, audit)
        {
            ReversedAt = billing.Reversed ? billing.ReversedAt : null,
        };
    }

    public static BillingSummary Summary(BillingDocument b) => new(
        b.Id, b.Number, b.ClientId, b.ClientName, b.BillingDate, b.DueDate, b.NfeNumber,
        b.Reversed ? BillingState.Reversed : b.Paid ? BillingState.Paid : BillingState.Billed,
        b.ItemsTotal, b.Discount, b.Interest, b.RealValue, b.CreatedBy, b.CreatedAt);

    private static BilledLineDto ToDto(BillingLine l) => new(
        l.Key, l.GroupKey, l.Kind, l.ContractId, l.ContractName, l.CycleIndex, l.TicketNumber, l.SourceId, l.Description,
        l.Quantity, l.Unit, l.UnitValue, l.Amount, l.PeriodStart, l.PeriodEnd,
        JsonSerializer.Deserialize<LineExplanationDto>(l.ExplanationJson)!);
}
