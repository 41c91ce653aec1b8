using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Tiflux.Contracts.PublicApi;
using Tiflux.SharedKernel;
using Tiflux.Tickets.Common;
using Tiflux.Tickets.Persistence;
using Tiflux.Tickets.PublicApi;

namespace Tiflux.Tickets.Extras;

internal sealed class ExtraCommands(TicketsDbContext db, IContractsModule contracts, TimeProvider time)
{
    private static readonly CultureInfo Brazil = CultureInfo.GetCultureInfo("pt-BR");

    public async Task<Result<Guid>> SaveAsync(SaveExtraRequest request, ActorDto actor, CancellationToken cancellationToken)
    {
        var ticket = await db.Tickets.SingleOrDefaultAsync(t => t.Number == request.TicketNumber, cancellationToken);
        if (ticket is null)
        {
            return TicketErrors.TicketNotFound(request.TicketNumber);
        }

        ExtraValuation? extra = null;
        if (request.ExtraId is { } extraId)
        {
            extra = await db.Extras.SingleOrDefaultAsync(e => e.Id == extraId && e.TicketId == ticket.Id, cancellationToken);
            if (extra is null)
            {
                return Error.NotFound("Valorização extra não encontrada.");
            }

            if (extra.BilledInBillingId is not null)
            {
                return TicketErrors.ExtraBilled;
            }
        }

        if (ticket.State is TicketState.Reviewed or TicketState.Cancelled)
        {
            return Error.Conflict("Não é possível alterar a valorização de um ticket revisado ou cancelado.");
        }

        var errors = new List<Error>();
        var expense = await contracts.GetExtraExpenseAsync(request.ExtraExpenseId, cancellationToken);
        if (expense is null || (!expense.Active && extra?.ExtraExpenseId != request.ExtraExpenseId))
        {
            errors.Add(Error.Validation("ExtraExpenseId", "Escolha um gasto extra do catálogo."));
        }

        if (request.Date > BrazilTime.Today(time))
        {
            errors.Add(Error.Validation("Date", "A data não pode estar no futuro."));
        }

        if (request.Quantity is <= 0 or > 100_000)
        {
            errors.Add(Error.Validation("Quantity", "A quantidade deve ser maior que zero."));
        }
        else if (request.Quantity != Math.Round(request.Quantity, 2))
        {
            // The column keeps two decimals; rounding 0.001 silently to 0.00 would bill nothing without saying so.
            errors.Add(Error.Validation("Quantity", "A quantidade aceita no máximo duas casas decimais."));
        }

        if (request.Description?.Length > TicketLimits.ExtraDescription)
        {
            errors.Add(Error.Validation("Description", $"A descrição deve ter no máximo {TicketLimits.ExtraDescription} caracteres."));
        }

        var unitValue = request.UnitValue ?? expense?.UnitValue ?? 0m;
        if (unitValue is < 0 or > 9_999_999.99m)
        {
            errors.Add(Error.Validation("UnitValue", "O valor unitário deve estar entre R$ 0,00 e R$ 9.999.999,99."));
        }

        string? contentType = null;
        if (request.Attachment is { } upload)
        {
            var checkedType = AttachmentRules.ContentTypeFor(upload);
            errors.AddRange(checkedType.Errors);
            contentType = checkedType.IsSuccess ? checkedType.Value : null;
        }

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
            var attachment = new Attachment
            {
                TicketId = ticket.Id,
                FileName = AttachmentRules.SafeFileName(file.FileName),
                ContentType = contentType!,
                Size = file.Content.LongLength,
                Content = file.Content,
                UploadedAt = now,
            };
            db.Attachments.Add(attachment);
            extra.AttachmentId = attachment.Id;
            extra.AttachmentName = attachment.FileName;
        }

        db.History.Add(ticket.Record(now, actor.UserId, actor.Name, string.Create(
            Brazil,
            $"Valorização extra {(request.ExtraId is null ? "adicionada" : "alterada")}: {expense.Name} × {request.Quantity:0.##}.")));
        await db.SaveChangesAsync(cancellationToken);
        return Result<Guid>.Success(extra.Id);
    }

    public async Task<Result> DeleteAsync(int ticketNumber, Guid extraId, ActorDto actor, CancellationToken cancellationToken)
    {
        var ticket = await db.Tickets.SingleOrDefaultAsync(t => t.Number == ticketNumber, cancellationToken);
        var extra = ticket is null ? null
            : await db.Extras.SingleOrDefaultAsync(e => e.Id == extraId && e.TicketId == ticket.Id, cancellationToken);
        if (ticket is null || extra is null)
        {
            return Result.Failure(Error.NotFound("Valorização extra não encontrada."));
        }

        if (extra.BilledInBillingId is not null)
        {
            return Result.Failure(TicketErrors.ExtraBilled);
        }

        if (ticket.State is TicketState.Reviewed or TicketState.Cancelled)
        {
            return Result.Failure(Error.Conflict("Não é possível alterar a valorização de um ticket revisado ou cancelado."));
        }

        db.Extras.Remove(extra);
        db.History.Add(ticket.Record(time.GetUtcNow(), actor.UserId, actor.Name, $"Valorização extra excluída: {extra.ExpenseName}."));
        await db.SaveChangesAsync(cancellationToken);
        return Result.Success();
    }
}
