using Microsoft.EntityFrameworkCore;
using Tiflux.BuildingBlocks.Outbox;
using Tiflux.Contracts.PublicApi;
using Tiflux.SharedKernel;
using Tiflux.Tickets.Catalog;
using Tiflux.Tickets.Checklists;
using Tiflux.Tickets.Conversation;
using Tiflux.Tickets.Outbox;
using Tiflux.Tickets.Persistence;
using Tiflux.Tickets.PublicApi;
using Tiflux.Tickets.Sla;

namespace Tiflux.Tickets.Lifecycle;

internal sealed class CreateTicket(TicketsDbContext db, IContractsModule contracts, TicketsOutboxKick outbox, TicketSlaClock sla, TimeProvider time)
{
    public async Task<Result<int>> HandleAsync(CreateTicketRequest request, ActorDto actor, CancellationToken cancellationToken)
    {
        var errors = TicketValidation.Validate(request.Title, request.Description);
        var desk = await db.Desks.SingleOrDefaultAsync(d => d.Id == request.DeskId, cancellationToken);
        var client = await contracts.GetClientAsync(request.ClientId, cancellationToken);
        if (client is null || !client.Active)
        {
            errors.Add(Error.Validation("ClientId", "Escolha um cliente ativo."));
        }

        if (desk is null)
        {
            errors.Add(Error.Validation("DeskId", "Escolha a mesa de serviço."));
        }
        else if (!desk.Serves(request.ClientId))
        {
            errors.Add(Error.Validation("DeskId", "Esta mesa não atende o cliente escolhido."));
        }

        var priority = desk?.Priorities.OrderBy(p => p.Position).FirstOrDefault(p => request.PriorityId is null || p.Id == request.PriorityId);
        if (desk is not null && priority is null)
        {
            errors.Add(Error.Validation("PriorityId", "Prioridade inválida para esta mesa."));
        }

        if (desk is not null)
        {
            errors.AddRange(await TicketCatalogItemRule.CheckOpenAsync(db, desk, request.ServicesCatalogItemId, cancellationToken));
        }

        var requester = await TicketRequester.ResolveAsync(db, request.ClientId, new TicketRequesterInput(
            request.RequestorId, request.RequesterName, request.RequesterEmail, request.RequesterTelephone, request.RequesterExtension), cancellationToken);
        errors.AddRange(requester.Errors);
        var authorizers = TicketAuthorizers.Normalize(request.Authorizers);
        errors.AddRange(authorizers.Errors);
        var followers = TicketFollowers.Normalize(request.Followers ?? [], requester.IsSuccess ? requester.Value.Email : null);
        errors.AddRange(followers.Errors);
        if (errors.Count > 0)
        {
            return Result<int>.Failure(errors);
        }

        var now = time.GetUtcNow();
        var pending = authorizers.Value.Count > 0;
        var ticket = new Ticket
        {
            // A pending ticket's event needs its number in the same SaveChanges; 0 lets the database's sequence choose.
            Number = pending ? await NextNumberAsync(cancellationToken) : 0,
            Title = request.Title.Trim(),
            Description = request.Description?.Trim() ?? "",
            ClientId = request.ClientId,
            ClientName = client!.Name,
            DeskId = desk!.Id,
            StageId = desk.FirstStage().Id,
            StatusId = desk.FirstStatus(StatusKind.Open).Id,
            PriorityId = priority!.Id,
            ResponsibleUserId = request.ResponsibleUserId,
            ResponsibleName = request.ResponsibleName,
            Followers = followers.Value,
            Origin = request.Origin,
            CreatedByUserId = actor.UserId == Guid.Empty ? null : actor.UserId,
            CreatedByName = actor.Name,
            CreatedAt = now,
            Authorization = pending ? TicketAuthorization.Pending : TicketAuthorization.NotRequired,
            ServicesCatalogItemId = request.ServicesCatalogItemId,
        };
        requester.Value.CopyTo(ticket);
        var parent = await TicketParent.ResolveAsync(db, ticket, request.ParentNumber, cancellationToken);
        if (!parent.IsSuccess)
        {
            return Result<int>.Failure(parent.Errors);
        }

        ticket.ParentTicketId = parent.Value?.Id;
        if (await ResourceLookup.ApplyAsync(contracts, ticket, request.ResourceId, cancellationToken) is { } resourceError)
        {
            return resourceError;
        }

        var files = TicketFiles.Prepare(ticket.Id, request.Files, TicketFileOwner.Ticket, null, actor, now);
        if (!files.IsSuccess)
        {
            return Result<int>.Failure(files.Errors);
        }

        db.Tickets.Add(ticket);
        await RequiredChecklists.AttachRequiredAsync(db, ticket, ticket.ServicesCatalogItemId, now, cancellationToken);
        db.Attachments.AddRange(files.Value);
        db.History.Add(ticket.Record(now, actor, HistoryArea.Ticket, HistoryOperation.Created, "Ticket was created",
            $"Ticket aberto na mesa {desk.Name} ({OriginName(request.Origin)})."));
        if (!pending)
        {
            // A ticket waiting for the client's authorization is not in the desk's queue: its clocks start when authorised.
            await sla.StartAsync(ticket, desk, now, actor, cancellationToken);
        }
        else
        {
            db.History.Add(ticket.Record(now, actor, HistoryArea.Lifecycle, HistoryOperation.Created, "Ticket is awaiting authorization",
                "Aguardando autorização do cliente; autorizadores avisados: " + string.Join(", ", authorizers.Value) + "."));
            db.Outbox.Add(OutboxMessages.From(TicketsEventTypes.AwaitingAuthorization, new TicketAwaitingAuthorization(
                Guid.CreateVersion7(), now, ticket.Number, ticket.Title, ticket.ClientName, ticket.RequesterName, authorizers.Value)));
        }

        await db.SaveChangesAsync(cancellationToken);
        if (pending)
        {
            outbox.AfterCommit();
        }

        return Result<int>.Success(ticket.Number);
    }

    private async Task<int> NextNumberAsync(CancellationToken cancellationToken) =>
        (int)await db.Database.SqlQueryRaw<long>($"SELECT nextval('{TicketsModule.Schema}.{TicketConfiguration.NumberSequence}') AS \"Value\"")
            .SingleAsync(cancellationToken);

    private static string OriginName(TicketOrigin origin) => origin switch
    {
        TicketOrigin.Api => "via API",
        TicketOrigin.ClientPortal => "pelo Portal do Cliente",
        TicketOrigin.Email => "por e-mail",
        _ => "pela web",
    };
}
