using Microsoft.EntityFrameworkCore;
using Tiflux.Contracts.PublicApi;
using Tiflux.SharedKernel;
using Tiflux.Tickets.Common;
using Tiflux.Tickets.Persistence;
using Tiflux.Tickets.PublicApi;

namespace Tiflux.Tickets.Tickets;

internal sealed class UpdateTicket(TicketsDbContext db, IContractsModule contracts, TimeProvider time)
{
    public async Task<Result> HandleAsync(UpdateTicketRequest request, ActorDto actor, CancellationToken cancellationToken)
    {
        var ticket = await db.Tickets.SingleOrDefaultAsync(t => t.Number == request.Number, cancellationToken);
        if (ticket is null)
        {
            return Result.Failure(TicketErrors.TicketNotFound(request.Number));
        }

        var desk = await db.Desks.SingleAsync(d => d.Id == ticket.DeskId, cancellationToken);
        var errors = TicketValidation.Validate(request.Title, request.Description, request.RequesterName, request.RequesterEmail);
        var stage = desk.Stages.Find(s => s.Id == request.StageId);
        var status = desk.Statuses.Find(s => s.Id == request.StatusId);
        var priority = desk.Priorities.Find(s => s.Id == request.PriorityId);
        if (stage is null)
        {
            errors.Add(Error.Validation("StageId", "Estágio inválido para esta mesa."));
        }

        if (priority is null)
        {
            errors.Add(Error.Validation("PriorityId", "Prioridade inválida para esta mesa."));
        }

        if (status is null || status.Kind != KindFor(ticket.State))
        {
            errors.Add(Error.Validation("StatusId", "Escolha um status compatível com a situação do ticket."));
        }

        if (errors.Count > 0)
        {
            return Result.Failure(errors);
        }

        var changes = new List<string>();
        void Track(string label, string? before, string? after)
        {
            if (!string.Equals(before ?? "", after ?? "", StringComparison.Ordinal))
            {
                changes.Add($"{label}: “{before}” → “{after}”");
            }
        }

        Track("Título", ticket.Title, request.Title.Trim());
        Track("Descrição", ticket.Description, request.Description?.Trim() ?? "");
        Track("Estágio", desk.Stages.Find(s => s.Id == ticket.StageId)?.Name, stage!.Name);
        Track("Status", desk.Statuses.Find(s => s.Id == ticket.StatusId)?.Name, status!.Name);
        Track("Prioridade", desk.Priorities.Find(s => s.Id == ticket.PriorityId)?.Name, priority!.Name);
        Track("Responsável", ticket.ResponsibleName, request.ResponsibleName);
        Track("Solicitante", ticket.RequesterName, request.RequesterName.Trim());
        Track("E-mail do solicitante", ticket.RequesterEmail, request.RequesterEmail?.Trim());
        var resourceBefore = ticket.ResourceName;
        if (ticket.ResourceId != request.ResourceId
            && await ResourceLookup.ApplyAsync(contracts, ticket, request.ResourceId, cancellationToken) is { } resourceError)
        {
            return Result.Failure(resourceError);
        }

        Track("Recurso", resourceBefore, ticket.ResourceName);
        ticket.Title = request.Title.Trim();
        ticket.Description = request.Description?.Trim() ?? "";
        ticket.StageId = stage.Id;
        ticket.StatusId = status.Id;
        ticket.PriorityId = priority.Id;
        ticket.ResponsibleUserId = request.ResponsibleUserId;
        ticket.ResponsibleName = request.ResponsibleName;
        ticket.RequesterName = request.RequesterName.Trim();
        ticket.RequesterEmail = string.IsNullOrWhiteSpace(request.RequesterEmail) ? null : request.RequesterEmail.Trim();
        if (changes.Count > 0)
        {
            db.History.Add(ticket.Record(time.GetUtcNow(), actor.UserId, actor.Name, string.Join("; ", changes)));
        }

        await db.SaveChangesAsync(cancellationToken);
        return Result.Success();
    }

    private static StatusKind KindFor(TicketState state) => state switch
    {
        TicketState.Open => StatusKind.Open,
        TicketState.Cancelled => StatusKind.Cancelled,
        _ => StatusKind.Closed,
    };
}
