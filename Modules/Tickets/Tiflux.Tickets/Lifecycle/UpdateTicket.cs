using Microsoft.EntityFrameworkCore;
using Tiflux.Contracts.PublicApi;
using Tiflux.SharedKernel;
using Tiflux.Tickets.Common;
using Tiflux.Tickets.Desks;
using Tiflux.Tickets.Persistence;
using Tiflux.Tickets.PublicApi;

namespace Tiflux.Tickets.Lifecycle;

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
        var choice = new DeskChoice(
            desk.Stages.Find(s => s.Id == request.StageId),
            desk.Statuses.Find(s => s.Id == request.StatusId),
            desk.Priorities.Find(s => s.Id == request.PriorityId));
        errors.AddRange(choice.Errors(ticket.State));
        if (errors.Count > 0)
        {
            return Result.Failure(errors);
        }

        var changes = Changes(ticket, desk, request, choice);
        var resourceBefore = ticket.ResourceName;
        if (ticket.ResourceId != request.ResourceId
            && await ResourceLookup.ApplyAsync(contracts, ticket, request.ResourceId, cancellationToken) is { } resourceError)
        {
            return Result.Failure(resourceError);
        }

        Track(changes, "Recurso", resourceBefore, ticket.ResourceName);
        Apply(ticket, request, choice);
        if (changes.Count > 0)
        {
            db.History.Add(ticket.Record(time.GetUtcNow(), actor.UserId, actor.Name, string.Join("; ", changes)));
        }

        await db.SaveChangesAsync(cancellationToken);
        return Result.Success();
    }

    /// <summary>The history wording of every field the request changes (the resource is tracked once it is resolved).</summary>
    private static List<string> Changes(Ticket ticket, ServiceDesk desk, UpdateTicketRequest request, DeskChoice choice)
    {
        var changes = new List<string>();
        Track(changes, "Título", ticket.Title, request.Title.Trim());
        Track(changes, "Descrição", ticket.Description, request.Description?.Trim() ?? "");
        Track(changes, "Estágio", desk.Stages.Find(s => s.Id == ticket.StageId)?.Name, choice.Stage!.Name);
        Track(changes, "Status", desk.Statuses.Find(s => s.Id == ticket.StatusId)?.Name, choice.Status!.Name);
        Track(changes, "Prioridade", desk.Priorities.Find(s => s.Id == ticket.PriorityId)?.Name, choice.Priority!.Name);
        Track(changes, "Responsável", ticket.ResponsibleName, request.ResponsibleName);
        Track(changes, "Solicitante", ticket.RequesterName, request.RequesterName.Trim());
        Track(changes, "E-mail do solicitante", ticket.RequesterEmail, request.RequesterEmail?.Trim());
        return changes;
    }

    private static void Track(List<string> changes, string label, string? before, string? after)
    {
        if (!string.Equals(before ?? "", after ?? "", StringComparison.Ordinal))
        {
            changes.Add($"{label}: “{before}” → “{after}”");
        }
    }

    private static void Apply(Ticket ticket, UpdateTicketRequest request, DeskChoice choice)
    {
        ticket.Title = request.Title.Trim();
        ticket.Description = request.Description?.Trim() ?? "";
        ticket.StageId = choice.Stage!.Id;
        ticket.StatusId = choice.Status!.Id;
        ticket.PriorityId = choice.Priority!.Id;
        ticket.ResponsibleUserId = request.ResponsibleUserId;
        ticket.ResponsibleName = request.ResponsibleName;
        ticket.RequesterName = request.RequesterName.Trim();
        ticket.RequesterEmail = string.IsNullOrWhiteSpace(request.RequesterEmail) ? null : request.RequesterEmail.Trim();
    }

    /// <summary>The stage, status and priority the request picked on the ticket's desk (null when not the desk's).</summary>
    private sealed record DeskChoice(DeskStage? Stage, DeskStatus? Status, DeskPriority? Priority)
    {
        public IEnumerable<Error> Errors(TicketState state)
        {
            if (Stage is null)
            {
                yield return Error.Validation("StageId", "Estágio inválido para esta mesa.");
            }

            if (Priority is null)
            {
                yield return Error.Validation("PriorityId", "Prioridade inválida para esta mesa.");
            }

            if (Status is null || Status.Kind != KindFor(state))
            {
                yield return Error.Validation("StatusId", "Escolha um status compatível com a situação do ticket.");
            }
        }

        private static StatusKind KindFor(TicketState state) => state switch
        {
            TicketState.Open => StatusKind.Open,
            TicketState.Cancelled => StatusKind.Cancelled,
            _ => StatusKind.Closed,
        };
    }
}
