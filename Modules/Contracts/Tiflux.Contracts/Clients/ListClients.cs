using Microsoft.EntityFrameworkCore;
using Tiflux.Contracts.Persistence;
using Tiflux.Contracts.PublicApi;
using Tiflux.Contracts.Validation;
using Tiflux.SharedKernel;

namespace Tiflux.Contracts.Clients;

/// <summary>The clients page: search by name or CPF/CNPJ digits, with the count of active contracts.</summary>
internal sealed class ListClients(ContractsDbContext db, TimeProvider clock)
{
    public async Task<PagedList<ClientListItemDto>> HandleAsync(ClientListRequest request, CancellationToken cancellationToken)
    {
        var query = db.Clients.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(request.Search))
        {
            var pattern = $"%{request.Search.Trim()}%";
            var digits = TaxId.Normalize(request.Search);
            query = query.Where(c => EF.Functions.ILike(c.Name, pattern) || EF.Functions.ILike(c.LegalName, pattern)
                || (digits.Length > 0 && c.TaxId.Contains(digits)));
        }

        if (request.Active is { } active)
        {
            query = query.Where(c => c.Active == active);
        }

        var (page, size) = Paging.Normalize(request.Page, request.PageSize);
        var total = await query.CountAsync(cancellationToken);
        var clients = await query.OrderBy(c => c.Name).Skip(PagedList.Skip(page, size)).Take(size).ToListAsync(cancellationToken);
        var ids = clients.Select(c => c.Id).ToList();
        var today = BrazilTime.Today(clock);
        var contracts = await db.Contracts.AsNoTracking().Where(c => ids.Contains(c.ClientId)).ToListAsync(cancellationToken);
        var items = clients.Select(c => new ClientListItemDto(
            c.Id, c.Name, c.LegalName, TaxId.Format(c.TaxId), c.Active,
            contracts.Count(k => k.ClientId == c.Id && k.StatusOn(today) is ContractStatus.Active or ContractStatus.PendingAdjustment))).ToList();
        return new PagedList<ClientListItemDto>(items, page, size, total);
    }
}
