using Microsoft.EntityFrameworkCore;
using Tiflux.Contracts.PublicApi;
using Tiflux.SharedKernel;
using Tiflux.Tickets.Catalog;
using Tiflux.Tickets.Common;
using Tiflux.Tickets.Desks;
using Tiflux.Tickets.History;
using Tiflux.Tickets.Persistence;
using Tiflux.Tickets.PublicApi;
using Tiflux.Tickets.Sla;

namespace Tiflux.Tickets.Lifecycle;

/// <summary>
/// Changes a ticket's data, including a desk transfer (the new desk must serve the client; the stage, status and
/// priority are then the new desk's). Time entries keep the valuation they were saved with; new ones follow the new
/// desk. A priority change outside a transfer needs a reason. Every changed field goes to one history row.
/// </summary>
internal sealed class UpdateTicket(TicketsDbContext db, IContractsModule contracts, TicketSlaClock sla, TimeProvider time)
{
    public async Task<Result> HandleAsync(UpdateTicketRequest request, ActorDto actor, CancellationToken cancellationToken)
    {
        var ticket = await db.Tickets.SingleOrDefaultAsync(t => t.Number == request.Number, cancellationToken);
        if (ticket is null)
        {
            return Result.Failure(TicketErrors.TicketNotFound(request.Number));
        }

        var oldDesk = await db.Desks.SingleAsync(d => d.Id == ticket.DeskId, cancellationToken);
        var (desk, errors) = await TargetDeskAsync(ticket, oldDesk, request, cancellationToken);
        errors.AddRange(TicketValidation.Validate(request.Title, request.Description));
        var choice = new DeskChoice(
            desk.Stages.Find(s => s.Id == request.StageId),
            desk.Statuses.Find(s => s.Id == request.StatusId),
            desk.Priorities.Find(s => s.Id == request.PriorityId));
        errors.AddRange(choice.Errors(ticket.State));
        var transfer = desk.Id != oldDesk.Id;
        var reason = PriorityReason(ticket, request, transfer, errors);
        var requester = await TicketRequester.ResolveAsync(db, ticket.ClientId, new TicketRequesterInput(
            request.RequestorId, request.RequesterName, request.RequesterEmail, request.RequesterTelephone, request.RequesterExtension), cancellationToken);
        errors.AddRange(requester.Errors);
        var followers = TicketFollowers.Normalize(request.Followers ?? ticket.Followers, requester.IsSuccess ? requester.Value.Email : null);
        errors.AddRange(followers.Errors);
        var parent = request.ChangeParent ? await TicketParent.ResolveAsync(db, ticket, request.ParentNumber, cancellationToken) : null;
        var catalogItemId = request.ChangeServicesCatalogItem ? request.ServicesCatalogItemId : ticket.ServicesCatalogItemId;
        errors.AddRange(await TicketCatalogItemRule.CheckChangeAsync(db, ticket, desk, catalogItemId, cancellationToken));
        errors.AddRange(parent?.Errors ?? []);
        if (errors.Count > 0)
        {
            return Result.Failure(errors);
        }

        var changes = new List<FieldChangeDto>();
        var before = await DescribeAsync(ticket, oldDesk, cancellationToken);
        var slaBefore = SlaSnapshot.Of(ticket);
        var resourceBefore = ticket.ResourceName;
        if (ticket.ResourceId != request.ResourceId
            && await ResourceLookup.ApplyAsync(contracts, ticket, request.ResourceId, cancellationToken) is { } resourceError)
        {
            return Result.Failure(resourceError);
        }

        HistoryChanges.Track(changes, "resource", "Recurso", resourceBefore, ticket.ResourceName);
        ticket.Title = request.Title.Trim();
        ticket.Description = request.Description?.Trim() ?? "";
        ticket.DeskId = desk.Id;
        ticket.StageId = choice.Stage!.Id;
        ticket.StatusId = choice.Status!.Id;
        ticket.PriorityId = choice.Priority!.Id;
        ticket.PriorityChangeReason = reason ?? ticket.PriorityChangeReason;
        ticket.ResponsibleUserId = request.ResponsibleUserId;
        ticket.ResponsibleName = request.ResponsibleName;
        requester.Value.CopyTo(ticket);
        ticket.Followers = followers.Value;
        ticket.ServicesCatalogItemId = catalogItemId;
        if (parent is not null)
        {
            ticket.ParentTicketId = parent.Value?.Id;
        }

        var now = time.GetUtcNow();
        await sla.AfterChangeAsync(ticket, slaBefore, desk, now, actor, cancellationToken);
        var after = await DescribeAsync(ticket, desk, cancellationToken);
        foreach (var (field, (label, old)) in before)
        {
            HistoryChanges.Track(changes, field, label, old, after[field].Value);
        }

        if (changes.Count > 0)
        {
            db.History.Add(ticket.Record(now, actor, HistoryArea.Ticket, HistoryOperation.Updated,
                transfer ? "Ticket was transferred" : "Ticket was updated", HistoryChanges.Sentence(changes)).With(changes));
        }

        await db.SaveChangesAsync(cancellationToken);
        return Result.Success();
    }

    /// <summary>The ticket's desk, or the one it is transferred to (open tickets only, and only to a desk of its client).</summary>
    private async Task<(ServiceDesk Desk, List<Error> Errors)> TargetDeskAsync(
        Ticket ticket, ServiceDesk current, UpdateTicketRequest request, CancellationToken cancellationToken)
    {
        if (request.DeskId is not { } deskId || deskId == current.Id)
        {
            return (current, []);
        }

        var target = await db.Desks.SingleOrDefaultAsync(d => d.Id == deskId, cancellationToken);
        if (target is null)
        {
            return (current, [Error.Validation("DeskId", "Mesa de serviço não encontrada.")]);
        }

        if (!target.Serves(ticket.ClientId))
        {
            return (current, [Error.Validation("DeskId", "Esta mesa não atende o cliente do ticket.")]);
        }

        return ticket.State == TicketState.Open
            ? (target, [])
            : (current, [Error.Validation("DeskId", "Só é possível transferir tickets abertos.")]);
    }

    /// <summary>The reason a priority change needs (Tiflux refuses a change without one, and a reason on a transfer).</summary>
    private static string? PriorityReason(Ticket ticket, UpdateTicketRequest request, bool transfer, List<Error> errors)
    {
        var reason = string.IsNullOrWhiteSpace(request.PriorityChangeReason) ? null : request.PriorityChangeReason.Trim();
        if (transfer)
        {
            if (reason is not null)
            {
                errors.Add(Error.Validation("PriorityChangeReason", "Numa transferência de mesa a prioridade é a da nova mesa: não informe motivo de mudança."));
            }

            return null;
        }

        if (request.PriorityId == ticket.PriorityId)
        {
            return reason is null ? null : Refuse(errors, "Informe o motivo apenas quando mudar a prioridade.");
        }

        if (reason is null)
        {
            return Refuse(errors, "Informe o motivo da mudança de prioridade.");
        }

        return reason.Length > TicketLimits.PriorityChangeReason
            ? Refuse(errors, $"O motivo deve ter no máximo {TicketLimits.PriorityChangeReason} caracteres.")
            : reason;
    }

    private static string? Refuse(List<Error> errors, string message)
    {
        errors.Add(Error.Validation("PriorityChangeReason", message));
        return null;
    }

    /// <summary>The tracked fields of the ticket as history text, keyed by their code name.</summary>
    private async Task<Dictionary<string, (string Label, string? Value)>> DescribeAsync(Ticket ticket, ServiceDesk desk, CancellationToken cancellationToken)
    {
        var parent = ticket.ParentTicketId is { } parentId
            ? await db.Tickets.AsNoTracking().Where(t => t.Id == parentId).Select(t => (int?)t.Number).SingleOrDefaultAsync(cancellationToken)
            : null;
        return new()
        {
            ["title"] = ("Título", ticket.Title),
            ["description"] = ("Descrição", ticket.Description),
            ["desk"] = ("Mesa", desk.Name),
            ["stage"] = ("Estágio", desk.Stages.Find(s => s.Id == ticket.StageId)?.Name),
            ["status"] = ("Status", desk.Statuses.Find(s => s.Id == ticket.StatusId)?.Name),
            ["priority"] = ("Prioridade", desk.Priorities.Find(s => s.Id == ticket.PriorityId)?.Name),
            ["priority_change_reason"] = ("Motivo da mudança de prioridade", ticket.PriorityChangeReason),
            ["responsible"] = ("Responsável", ticket.ResponsibleName),
            ["requestor"] = ("Solicitante", ticket.RequesterName),
            ["requestor_email"] = ("E-mail do solicitante", ticket.RequesterEmail),
            ["requestor_telephone"] = ("Telefone do solicitante", ticket.RequesterTelephone),
            ["followers"] = ("Seguidores", string.Join(", ", ticket.Followers)),
            ["ticket_reference"] = ("Ticket pai", parent is { } number ? $"#{number}" : null),
            ["services_catalog_item"] = ("Item do catálogo", await CatalogProjections.LabelAsync(db, ticket.ServicesCatalogItemId, cancellationToken)),
        };
    }

    /// <summary>The stage, status and priority the request picked on the (target) desk (null when not the desk's).</summary>
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
