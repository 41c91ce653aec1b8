using Microsoft.EntityFrameworkCore;
using Tiflux.Contracts.Cycles;
using Tiflux.Contracts.Persistence;
using Tiflux.Contracts.PublicApi;
using Tiflux.SharedKernel;

namespace Tiflux.Contracts.Agreements;

/// <summary>Queries of <see cref="IContractsAdministration"/>; commands live in the other parts of this class.</summary>
internal sealed partial class ContractsAdministration(ContractsDbContext db, TimeProvider clock, ContractListQuery list) : IContractsAdministration
{
    private DateOnly Today => BrazilTime.Today(clock);

    public async Task<IReadOnlyList<ContractTypeDto>> ListContractTypesAsync(CancellationToken cancellationToken) =>
        await db.ContractTypes.AsNoTracking().OrderBy(t => t.Name)
            .Select(t => new ContractTypeDto(t.Id, t.Name, t.Modality, t.Active))
            .ToListAsync(cancellationToken);

    public async Task<Result<Guid>> CreateContractTypeAsync(string name, ContractModality modality, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return Error.Validation("Name", "Informe o nome do tipo de contrato.");
        }

        if (!Enum.IsDefined(modality))
        {
            return Error.Validation("Modality", "Escolha a modalidade.");
        }

        if (await db.ContractTypes.AnyAsync(t => t.Name == name.Trim(), cancellationToken))
        {
            return Error.Validation("Name", "Já existe um tipo de contrato com esse nome.");
        }

        var type = new ContractType { Name = name.Trim(), Modality = modality };
        db.ContractTypes.Add(type);
        await db.SaveChangesAsync(cancellationToken);
        return Result<Guid>.Success(type.Id);
    }

    public Task<PagedList<ContractListItemDto>> ListContractsAsync(ContractListRequest request, CancellationToken cancellationToken) =>
        list.ListAsync(request, cancellationToken);

    public async Task<ContractDetailsDto?> GetContractDetailsAsync(Guid contractId, CancellationToken cancellationToken)
    {
        var contract = await db.Contracts.AsNoTracking().Include(c => c.Riders).ThenInclude(r => r.Items)
            .SingleOrDefaultAsync(c => c.Id == contractId, cancellationToken);
        if (contract is null)
        {
            return null;
        }

        var typeName = await db.ContractTypes.Where(t => t.Id == contract.ContractTypeId).Select(t => t.Name).SingleAsync(cancellationToken);
        var clientNames = await db.Clients.AsNoTracking()
            .Where(c => c.Id == contract.ClientId || contract.SharedMemberClientIds.Contains(c.Id))
            .ToDictionaryAsync(c => c.Id, c => c.Name, cancellationToken);
        var adjustments = await db.PriceAdjustments.AsNoTracking().Where(a => a.ContractId == contractId)
            .OrderByDescending(a => a.EffectiveDate).ToListAsync(cancellationToken);
        return new ContractDetailsDto(
            ContractTerms.ToDto(contract, typeName, Today),
            clientNames.GetValueOrDefault(contract.ClientId, "?"),
            ContractTerms.ToSettings(contract),
            contract.CancelledOn,
            contract.CancellationReason,
            [.. contract.Riders.OrderByDescending(r => r.Release).Select(r => new RiderHistoryDto(r.ToDto(contract), r.Reason, r.CreatedBy, r.CreatedAt))],
            [.. adjustments.Select(a => new AdjustmentHistoryDto(a.EffectiveDate, a.IndexName, a.Percent, a.NewValue, a.PreviousValue, a.ResultingValue, a.AppliedBy, a.AppliedAt))],
            CycleCalculator.CycleContaining(contract, Today)?.ToDto(contract),
            [.. contract.SharedMemberClientIds.Select(id => clientNames.GetValueOrDefault(id, "?"))]);
    }

    public async Task<IReadOnlyList<AdjustmentCandidateDto>> ListAdjustmentsDueAsync(int year, int month, CancellationToken cancellationToken)
    {
        var first = new DateOnly(year, month, 1);
        var last = first.AddMonths(1).AddDays(-1);
        var contracts = await db.Contracts.AsNoTracking().Include(c => c.Riders).ThenInclude(r => r.Items)
            .Where(c => c.NextAdjustmentDate >= first && c.NextAdjustmentDate <= last)
            .OrderBy(c => c.NextAdjustmentDate).ThenBy(c => c.Number)
            .ToListAsync(cancellationToken);
        var clientIds = contracts.Select(c => c.ClientId).Distinct().ToList();
        var clients = await db.Clients.AsNoTracking().Where(c => clientIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.Name, cancellationToken);
        return [.. contracts
            .Where(c => c.StatusOn(Today) is not (ContractStatus.Cancelled or ContractStatus.Expired))
            .Select(c => new AdjustmentCandidateDto(
                c.Id, c.Number, c.Name, clients.GetValueOrDefault(c.ClientId, "?"), c.Modality, c.StatusOn(Today),
                c.NextAdjustmentDate!.Value, c.LatestRider is { } r ? ContractListQuery.RiderValue(r, c.Modality) : 0m)
            {
                ClientId = c.ClientId,
            })];
    }
}
