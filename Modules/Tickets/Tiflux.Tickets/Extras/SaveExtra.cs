using Microsoft.EntityFrameworkCore;
using Tiflux.Contracts.PublicApi;
using Tiflux.SharedKernel;
using Tiflux.Tickets.Common;
using Tiflux.Tickets.Lifecycle;
using Tiflux.Tickets.Persistence;
using Tiflux.Tickets.PublicApi;

namespace Tiflux.Tickets.Extras;

internal sealed class SaveExtra(TicketsDbContext db, IContractsModule contracts, TimeProvider time)
{
    public async Task<Result<Guid>> HandleAsync(SaveExtraRequest request, ActorDto actor, CancellationToken cancellationToken)
    {
        var ticket = await db.Tickets.SingleOrDefaultAsync(t => t.Number == request.TicketNumber, cancellationToken);
        if (ticket is null)
        {
            return TicketErrors.TicketNotFound(request.TicketNumber);
        }

        var (extra, refusal) = await EditableExtraAsync(ticket, request.ExtraId, cancellationToken);
        if (refusal is not null)
        {
            return refusal;
        }

        if (ticket.State is TicketState.Reviewed or TicketState.Cancelled)
        {
            return Error.Conflict("Não é possível alterar a valorização de um ticket revisado ou cancelado.");
        }

        var expense = await contracts.GetExtraExpenseAsync(request.ExtraExpenseId, cancellationToken);
        var unitValue = request.UnitValue ?? expense?.UnitValue ?? 0m;
        var errors = ExtraRequestRules.Validate(request, expense, extra, unitValue, BrazilTime.Today(time), out var contentType);
        if (errors.Count > 0)
        {
            return Result<Guid>.Failure(errors);
        }

        var now = time.GetUtcNow();
        if (extra is null)
        {
            extra = new ExtraValuation { TicketId = ticket.Id, CreatedById = actor.UserId, CreatedAt = now };
            db.Extras.Add(extra);
        }

        extra.ExtraExpenseId = expense!.Id;
        extra.ExpenseName = expense.Name;
        extra.Date = request.Date;
        extra.Quantity = request.Quantity;
        extra.UnitValue = Money.Round(unitValue);
        extra.Total = Money.Round(request.Quantity * extra.UnitValue);
        extra.Description = request.Description?.Trim() ?? "";
        if (request.Attachment is { } file)
        {
            Attach(ticket, extra, file, contentType!, now);
        }

        db.History.Add(ticket.Record(now, actor, HistoryArea.Valuation, request.ExtraId is null ? HistoryOperation.Created : HistoryOperation.Updated, "Extra valuation saved",
            $"Valorização extra {(request.ExtraId is null ? "adicionada" : "alterada")}: {expense.Name} × {PtBr.Number(request.Quantity)}.").About(extra.Id));
        await db.SaveChangesAsync(cancellationToken);
        return Result<Guid>.Success(extra.Id);
    }

    /// <summary>The extra being edited (none when adding), or why it cannot be edited.</summary>
    private async Task<(ExtraValuation? Extra, Error? Refusal)> EditableExtraAsync(Ticket ticket, Guid? extraId, CancellationToken cancellationToken)
    {
        if (extraId is null)
        {
            return (null, null);
        }

        var extra = await db.Extras.SingleOrDefaultAsync(e => e.Id == extraId && e.TicketId == ticket.Id, cancellationToken);
        if (extra is null)
        {
            return (null, Error.NotFound("Valorização extra não encontrada."));
        }

        return extra.BilledInBillingId is not null ? (null, TicketErrors.ExtraBilled) : (extra, null);
    }

    private void Attach(Ticket ticket, ExtraValuation extra, AttachmentUploadDto file, string contentType, DateTimeOffset now)
    {
        var attachment = new Attachment
        {
            TicketId = ticket.Id,
            FileName = AttachmentRules.SafeFileName(file.FileName),
            ContentType = contentType,
            Size = file.Content.LongLength,
            Content = file.Content,
            UploadedAt = now,
        };
        db.Attachments.Add(attachment);
        extra.AttachmentId = attachment.Id;
        extra.AttachmentName = attachment.FileName;
    }
}
