using Microsoft.EntityFrameworkCore;
using Tiflux.SharedKernel;
using Tiflux.Tickets.Persistence;
using Tiflux.Tickets.PublicApi;

namespace Tiflux.Tickets.Sla;

/// <summary>
/// Saves a desk's SLA settings in one transaction, then recomputes its open tickets' deadlines in the background
/// (a desk may hold thousands of them).
/// </summary>
internal sealed class SaveDeskSla(TicketsDbContext db, SlaRecompute recompute)
{
    public async Task<Result> HandleAsync(SaveDeskSlaRequest request, CancellationToken cancellationToken)
    {
        var desk = await db.Desks.SingleOrDefaultAsync(d => d.Id == request.DeskId, cancellationToken);
        if (desk is null)
        {
            return Result.Failure(Error.NotFound("Mesa não encontrada."));
        }

        var errors = Validate(request);
        errors.AddRange(request.Priorities.Where(p => desk.Priorities.TrueForAll(x => x.Id != p.PriorityId))
            .Select(_ => Error.Validation("Priorities", "Prioridade de outra mesa.")).Take(1));
        errors.AddRange(request.Stages.Where(s => desk.Stages.TrueForAll(x => x.Id != s.StageId))
            .Select(_ => Error.Validation("Stages", "Estágio de outra mesa.")).Take(1));
        errors.AddRange(request.PausingStatusIds.Where(id => !desk.Statuses.Exists(s => s.Id == id && s.Kind == StatusKind.Open))
            .Select(_ => Error.Validation("PausingStatusIds", "Só status de tickets abertos podem pausar o SLA.")).Take(1));
        if (errors.Count > 0)
        {
            return Result.Failure(errors);
        }

        desk.SlaEnabled = request.Enabled;
        desk.SlaGoalPercent = request.GoalPercent;
        desk.SlaCanPause = request.CanPause;
        foreach (var priority in desk.Priorities)
        {
            var target = request.Priorities.FirstOrDefault(p => p.PriorityId == priority.Id);
            priority.SlaAttendanceMinutes = target?.AttendanceMinutes;
            priority.SlaSolutionMinutes = target?.SolutionMinutes;
        }

        foreach (var stage in desk.Stages)
        {
            stage.SlaMaxMinutes = request.Stages.FirstOrDefault(s => s.StageId == stage.Id)?.MaxMinutes;
        }

        foreach (var status in desk.Statuses)
        {
            status.PausesSla = request.PausingStatusIds.Contains(status.Id);
        }

        await db.SaveChangesAsync(cancellationToken);
        await recompute.RequestAsync(desk.Id, cancellationToken);

        return Result.Success();
    }

    private static List<Error> Validate(SaveDeskSlaRequest request)
    {
        var errors = new List<Error>();
        if (request.GoalPercent is < 1 or > 100)
        {
            errors.Add(Error.Validation("GoalPercent", "A meta de cumprimento de SLA deve estar entre 1% e 100%."));
        }

        foreach (var p in request.Priorities)
        {
            if (!SlaRules.IsTarget(p.AttendanceMinutes) || !SlaRules.IsTarget(p.SolutionMinutes))
            {
                errors.Add(Error.Validation("Priorities", "Use tempos entre 00:01 e 999:59."));
                break;
            }

            if (p.AttendanceMinutes > p.SolutionMinutes)
            {
                errors.Add(Error.Validation("Priorities", "O tempo de solução deve ser maior ou igual ao tempo de atendimento."));
                break;
            }
        }

        if (request.Stages.Any(s => !SlaRules.IsTarget(s.MaxMinutes)))
        {
            errors.Add(Error.Validation("Stages", "Use tempos máximos de estágio entre 00:01 e 999:59."));
        }

        return errors;
    }
}
