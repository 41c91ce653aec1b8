using Microsoft.EntityFrameworkCore;
using Tiflux.SharedKernel;
using Tiflux.Tickets.Persistence;
using Tiflux.Tickets.PublicApi;

namespace Tiflux.Tickets.Desks;

internal sealed class SaveDesk(TicketsDbContext db)
{
    public async Task<Result<Guid>> HandleAsync(SaveDeskRequest request, CancellationToken cancellationToken)
    {
        var errors = DeskValidation.Validate(request);
        if (errors.Count > 0)
        {
            return Result<Guid>.Failure(errors);
        }

        var name = request.Name.Trim();
        if (await db.Desks.AnyAsync(d => d.Name == name && d.Id != request.Id, cancellationToken))
        {
            return Error.Validation("Name", "Já existe uma mesa com esse nome.");
        }

        var desk = request.Id is { } id ? await db.Desks.SingleOrDefaultAsync(d => d.Id == id, cancellationToken) : null;
        if (request.Id is not null && desk is null)
        {
            return Error.NotFound("Mesa não encontrada.");
        }

        if (desk is null)
        {
            desk = new ServiceDesk { Name = name };
            db.Desks.Add(desk);
        }

        var removed = Merge(desk, request);
        if (removed.Count > 0 && await db.Tickets.AnyAsync(
                t => removed.Contains(t.StageId) || removed.Contains(t.StatusId) || removed.Contains(t.PriorityId),
                cancellationToken))
        {
            return Error.Validation("Stages", "Há tickets usando um estágio, status ou prioridade removido; mantenha-o na lista.");
        }

        desk.Name = name;
        desk.ClientIds = [.. request.ClientIds.Distinct()];
        desk.AttendantGroupIds = [.. request.AttendantGroupIds.Distinct()];
        desk.ValuationMode = request.ValuationMode;
        desk.ReviewEnabled = request.ReviewEnabled;
        desk.ReviewerKind = request.ReviewerKind;
        desk.ReviewDeadlineHours = request.ReviewDeadlineHours;
        desk.MayReopenReviewed = request.MayReopenReviewed;
        await db.SaveChangesAsync(cancellationToken);
        return Result<Guid>.Success(desk.Id);
    }

    // Options keep their ids when their name stays, so tickets that use them are unaffected.
    private static List<Guid> Merge(ServiceDesk desk, SaveDeskRequest request)
    {
        var removed = new List<Guid>();
        var stages = DeskValidation.Clean(request.Stages);
        removed.AddRange(desk.Stages.Where(s => !stages.Contains(s.Name, StringComparer.OrdinalIgnoreCase)).Select(s => s.Id));
        desk.Stages.RemoveAll(s => !stages.Contains(s.Name, StringComparer.OrdinalIgnoreCase));
        for (var i = 0; i < stages.Count; i++)
        {
            var stage = desk.Stages.Find(s => s.Name.Equals(stages[i], StringComparison.OrdinalIgnoreCase));
            if (stage is null)
            {
                desk.Stages.Add(new DeskStage { Name = stages[i], Position = i });
            }
            else
            {
                stage.Name = stages[i];
                stage.Position = i;
            }
        }

        var priorities = DeskValidation.Clean(request.Priorities);
        removed.AddRange(desk.Priorities.Where(s => !priorities.Contains(s.Name, StringComparer.OrdinalIgnoreCase)).Select(s => s.Id));
        desk.Priorities.RemoveAll(s => !priorities.Contains(s.Name, StringComparer.OrdinalIgnoreCase));
        for (var i = 0; i < priorities.Count; i++)
        {
            var priority = desk.Priorities.Find(s => s.Name.Equals(priorities[i], StringComparison.OrdinalIgnoreCase));
            if (priority is null)
            {
                desk.Priorities.Add(new DeskPriority { Name = priorities[i], Position = i });
            }
            else
            {
                priority.Name = priorities[i];
                priority.Position = i;
            }
        }

        var statuses = request.Statuses.Where(s => !string.IsNullOrWhiteSpace(s.Name))
            .Select(s => s with { Name = s.Name.Trim() }).DistinctBy(s => s.Name.ToUpperInvariant()).ToList();
        bool Kept(DeskStatus s) => statuses.Exists(n => n.Name.Equals(s.Name, StringComparison.OrdinalIgnoreCase) && n.Kind == s.Kind);
        removed.AddRange(desk.Statuses.Where(s => !Kept(s)).Select(s => s.Id));
        desk.Statuses.RemoveAll(s => !Kept(s));
        for (var i = 0; i < statuses.Count; i++)
        {
            var status = desk.Statuses.Find(s => s.Name.Equals(statuses[i].Name, StringComparison.OrdinalIgnoreCase));
            if (status is null)
            {
                desk.Statuses.Add(new DeskStatus { Name = statuses[i].Name, Kind = statuses[i].Kind, Position = i });
            }
            else
            {
                status.Name = statuses[i].Name;
                status.Position = i;
            }
        }

        return removed;
    }
}
