using Microsoft.EntityFrameworkCore;
using Tiflux.Contracts.PublicApi;
using Tiflux.SharedKernel;
using Tiflux.Tickets.Persistence;
using Tiflux.Tickets.PublicApi;

namespace Tiflux.Tickets.Lifecycle;

internal sealed class CreateTicket(TicketsDbContext db, IContractsModule contracts, TimeProvider time)
{
    public async Task<Result<int>> HandleAsync(CreateTicketRequest request, ActorDto actor, CancellationToken cancellationToken)
    {
        var errors = TicketValidation.Validate(request.Title, request.Description, request.RequesterName, request.RequesterEmail);
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

        if (errors.Count > 0)
        {
            return Result<int>.Failure(errors);
        }

        var now = time.GetUtcNow();
        var ticket = new Ticket
        {
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
            RequesterName = request.RequesterName.Trim(),
            RequesterEmail = string.IsNullOrWhiteSpace(request.RequesterEmail) ? null : request.RequesterEmail.Trim(),
            CreatedAt = now,
        };
        if (await ResourceLookup.ApplyAsync(contracts, ticket, request.ResourceId, cancellationToken) is { } resourceError)
        {
            return resourceError;
        }

        db.Tickets.Add(ticket);
        db.History.Add(ticket.Record(now, actor.UserId, actor.Name, $"Ticket aberto na mesa {desk.Name}."));
        await db.SaveChangesAsync(cancellationToken);
        return Result<int>.Success(ticket.Number);
    }
}
