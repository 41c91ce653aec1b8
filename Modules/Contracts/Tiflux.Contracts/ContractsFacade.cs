using Microsoft.EntityFrameworkCore;
using Tiflux.Contracts.Agreements;
using Tiflux.Contracts.Cycles;
using Tiflux.Contracts.Persistence;
using Tiflux.Contracts.PublicApi;
using Tiflux.SharedKernel;

namespace Tiflux.Contracts;

internal sealed class ContractsFacade(ContractsDbContext db, TimeProvider clock) : IContractsModule
{
    private DateOnly Today => BrazilTime.Today(clock);

    public async Task<bool> IsReadyAsync(CancellationToken cancellationToken) =>
        await db.Database.CanConnectAsync(cancellationToken)
        && !(await db.Database.GetPendingMigrationsAsync(cancellationToken)).Any();

    public async Task<ClientSummary?> GetClientAsync(Guid clientId, CancellationToken cancellationToken) =>
        (await db.Clients.AsNoTracking().SingleOrDefaultAsync(c => c.Id == clientId, cancellationToken))?.ToSummary();

    public async Task<IReadOnlyList<ClientSummary>> GetClientsAsync(IReadOnlyCollection<Guid>? clientIds, CancellationToken cancellationToken)
    {
        var query = db.Clients.AsNoTracking();
        if (clientIds is not null)
        {
            query = query.Where(c => clientIds.Contains(c.Id));
        }

        return [.. (await query.OrderBy(c => c.Name).ThenBy(c => c.Id).ToListAsync(cancellationToken)).Select(c => c.ToSummary())];
    }

    public async Task<ValuationOptionsDto> GetValuationOptionsAsync(Guid clientId, DateOnly date, CancellationToken cancellationToken)
    {
        var contracts = await ContractsWithRiders()
            .Where(c => c.ClientId == clientId || c.SharedMemberClientIds.Contains(clientId))
            .ToListAsync(cancellationToken);
        var riders = contracts
            .Where(c => c.StartDate <= date && (c.LastDay() is null || date <= c.LastDay()))
            .Where(c => c.PermitEntriesWhilePendingAdjustment || c.StatusOn(Today) != ContractStatus.PendingAdjustment)
            .SelectMany(c => c.Riders.Where(r => r.IsInForceOn(date)).Select(r => r.ToDto(c)))
            .OrderBy(r => r.ContractName)
            .ToList();
        var services = await db.StandaloneServices.AsNoTracking()
            .Where(s => s.Active && (s.ClientId == null || s.ClientId == clientId))
            .OrderBy(s => s.Name).ToListAsync(cancellationToken);
        var contractIds = contracts.Select(c => c.Id).ToList();
        var travels = await db.Travels.AsNoTracking()
            .Where(t => t.Active && (t.Scope == TravelScope.All
                || (t.Scope == TravelScope.Client && t.ClientId == clientId)
                || (t.Scope == TravelScope.Contract && contractIds.Contains(t.ContractId!.Value))))
            .OrderBy(t => t.Name).ToListAsync(cancellationToken);
        return new ValuationOptionsDto(riders, [.. services.Select(s => s.ToDto())], [.. travels.Select(t => t.ToDto())]);
    }

    public async Task<RiderTermsDto?> GetRiderAsync(Guid riderId, CancellationToken cancellationToken)
    {
        var contract = await ContractsWithRiders().SingleOrDefaultAsync(c => c.Riders.Any(r => r.Id == riderId), cancellationToken);
        return contract?.Riders.Single(r => r.Id == riderId).ToDto(contract);
    }

    public async Task<IReadOnlyList<ContractTermsDto>> GetContractTermsAsync(ContractTermsRequest request, CancellationToken cancellationToken)
    {
        var contracts = await Filter(ContractsWithRiders(), request.ClientIds, request.ContractIds).OrderBy(c => c.Number).ToListAsync(cancellationToken);
        var types = await db.ContractTypes.AsNoTracking().ToDictionaryAsync(t => t.Id, t => t.Name, cancellationToken);
        return [.. contracts.Select(c => ContractTerms.ToDto(c, types.GetValueOrDefault(c.ContractTypeId, "?"), Today))];
    }

    public async Task<ContractCycleDto?> GetCycleAsync(Guid contractId, DateOnly date, CancellationToken cancellationToken)
    {
        var contract = await ContractsWithRiders().SingleOrDefaultAsync(c => c.Id == contractId, cancellationToken);
        return contract is null ? null : CycleCalculator.CycleContaining(contract, date)?.ToDto(contract);
    }

    public async Task<CyclesPendingDto> GetCyclesPendingAsync(CyclesPendingRequest request, CancellationToken cancellationToken)
    {
        var contracts = await Filter(ContractsWithRiders(), request.ClientIds, null).ToListAsync(cancellationToken);
        var clients = await db.Clients.AsNoTracking().ToDictionaryAsync(c => c.Id, c => c.Name, cancellationToken);
        var limit = request.ExactDueDate ?? request.BaseDate;
        var problems = new List<ContractScheduleProblemDto>();
        var cycles = new List<(string Client, int Number, ContractCycleDto Cycle)>();
        foreach (var contract in contracts)
        {
            // One contract whose dates cannot be scheduled is reported on its own line; it never takes the others down.
            if (CycleCalculator.ScheduleProblem(contract) is { } problem)
            {
                problems.Add(new ContractScheduleProblemDto(contract.Id, contract.ClientId, contract.Number, contract.Name, problem));
                continue;
            }

            cycles.AddRange(CycleCalculator.CyclesFrom(contract, request.NotBefore)
                .TakeWhile(cycle => request.ExactDueDate is null ? cycle.PendingFrom <= limit : cycle.DueDate <= limit)
                .Where(cycle => request.ExactDueDate is null || cycle.DueDate == request.ExactDueDate)
                .Select(cycle => (clients.GetValueOrDefault(contract.ClientId, ""), contract.Number, cycle.ToDto(contract))));
        }

        return new CyclesPendingDto(
            [.. cycles.OrderBy(x => x.Cycle.DueDate).ThenBy(x => x.Client, StringComparer.Ordinal).ThenBy(x => x.Number).ThenBy(x => x.Cycle.Index).Select(x => x.Cycle)],
            problems);
    }

    public async Task<StandaloneServiceDto?> GetStandaloneServiceAsync(Guid serviceId, CancellationToken cancellationToken) =>
        (await db.StandaloneServices.AsNoTracking().SingleOrDefaultAsync(s => s.Id == serviceId, cancellationToken))?.ToDto();

    public async Task<TravelDto?> GetTravelAsync(Guid travelId, CancellationToken cancellationToken) =>
        (await db.Travels.AsNoTracking().SingleOrDefaultAsync(t => t.Id == travelId, cancellationToken))?.ToDto();

    public async Task<ExtraExpenseDto?> GetExtraExpenseAsync(Guid extraExpenseId, CancellationToken cancellationToken) =>
        (await db.ExtraExpenses.AsNoTracking().SingleOrDefaultAsync(e => e.Id == extraExpenseId, cancellationToken))?.ToDto();

    public async Task<IReadOnlyList<ResourceDto>> GetResourcesAsync(Guid clientId, CancellationToken cancellationToken)
    {
        var groups = await db.ResourceGroups.AsNoTracking().Where(g => g.ClientId == clientId).ToDictionaryAsync(g => g.Id, g => g.Name, cancellationToken);
        var resources = await db.Resources.AsNoTracking().Where(r => r.ClientId == clientId).OrderBy(r => r.Name).ToListAsync(cancellationToken);
        return [.. resources.Select(r => new ResourceDto(r.Id, r.ClientId, r.Name, r.ResourceGroupId, r.ResourceGroupId is { } g ? groups.GetValueOrDefault(g) : null))];
    }

    private IQueryable<Contract> ContractsWithRiders() =>
        db.Contracts.AsNoTracking().AsSplitQuery().Include(c => c.Riders).ThenInclude(r => r.Items);

    private static IQueryable<Contract> Filter(IQueryable<Contract> query, IReadOnlyCollection<Guid>? clientIds, IReadOnlyCollection<Guid>? contractIds)
    {
        if (clientIds is not null)
        {
            query = query.Where(c => clientIds.Contains(c.ClientId));
        }

        if (contractIds is not null)
        {
            query = query.Where(c => contractIds.Contains(c.Id));
        }

        return query;
    }
}
