using Microsoft.EntityFrameworkCore;
using Tiflux.Contracts.Persistence;
using Tiflux.Contracts.PublicApi;
using Tiflux.Contracts.Validation;
using Tiflux.SharedKernel;

namespace Tiflux.Contracts.Agreements;

internal sealed class ListContracts(ContractsDbContext db, TimeProvider clock)
{
    public async Task<PagedList<ContractListItemDto>> HandleAsync(ContractListRequest request, CancellationToken cancellationToken)
    {
        var query = db.Contracts.AsNoTracking();
        if (request.ClientId is { } clientId)
        {
            query = query.Where(c => c.ClientId == clientId);
        }

        if (request.ClientIds is { } clientIdList)
        {
            query = query.Where(c => clientIdList.Contains(c.ClientId));
        }

        if (request.ContractTypeIds is { } typeIdList)
        {
            query = query.Where(c => typeIdList.Contains(c.ContractTypeId));
        }

        if (request.Modality is { } modality)
        {
            query = query.Where(c => c.Modality == modality);
        }

        if (!string.IsNullOrWhiteSpace(request.Search))
        {
            var pattern = $"%{request.Search.Trim()}%";
            query = query.Where(c => EF.Functions.ILike(c.Name, pattern));
        }

        // Status depends on today's date, so it is filtered after loading; contract lists stay small per organisation.
        // Only the contracts' own columns decide it, so riders and their items are read for the page alone.
        var today = BrazilTime.Today(clock);
        var contracts = (await query.OrderByDescending(c => c.Number).ToListAsync(cancellationToken))
            .Where(c => request.Status is null || c.StatusOn(today) == request.Status)
            .Where(c => request.Statuses is null || request.Statuses.Contains(c.StatusOn(today)))
            .ToList();
        var (page, size) = Paging.Normalize(request.Page, request.PageSize);
        var pageIds = contracts.Skip(PagedList.Skip(page, size)).Take(size).Select(c => c.Id).ToList();
        var pageItems = pageIds.Count == 0
            ? []
            : await db.Contracts.AsNoTracking().AsSplitQuery().Include(c => c.Riders).ThenInclude(r => r.Items)
                .Where(c => pageIds.Contains(c.Id)).OrderByDescending(c => c.Number).ToListAsync(cancellationToken);
        var clientIds = pageItems.Select(c => c.ClientId).Distinct().ToList();
        var typeIds = pageItems.Select(c => c.ContractTypeId).Distinct().ToList();
        var clients = await db.Clients.AsNoTracking().Where(c => clientIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.Name, cancellationToken);
        var types = await db.ContractTypes.AsNoTracking().Where(t => typeIds.Contains(t.Id)).ToDictionaryAsync(t => t.Id, t => t.Name, cancellationToken);
        var items = pageItems.Select(c =>
        {
            var rider = c.Riders.Where(r => r.StartDate <= today).MaxBy(r => r.Release) ?? c.LatestRider;
            var value = rider is null ? 0m : RiderValue(rider, c.Modality);
            var tax = rider?.Tax ?? 0m;
            return new ContractListItemDto(
                c.Id, c.Number, c.Name, c.ClientId, clients.GetValueOrDefault(c.ClientId, "?"), c.Modality,
                types.GetValueOrDefault(c.ContractTypeId, "?"), c.StatusOn(today), c.StartDate, c.ExpirationDate, value, tax, value + tax)
            {
                ContractTypeId = c.ContractTypeId,
                DurationMonths = c.DurationMonths,
                AdjustmentIntervalMonths = c.AdjustmentIntervalMonths,
                NextAdjustmentDate = c.NextAdjustmentDate,
                CancelledOn = c.CancelledOn,
            };
        }).ToList();
        return new PagedList<ContractListItemDto>(items, page, size, contracts.Count);
    }

    public static decimal RiderValue(ContractRider rider, ContractModality modality) =>
        modality.CycleValue(rider.Value, rider.Items.Select(i => new RiderItemDto(i.Name, i.MonthlyValue, i.Quantity)));
}
