using Microsoft.EntityFrameworkCore;
using Tiflux.Contracts.PublicApi;
using Tiflux.SharedKernel;
using Tiflux.Tickets.Persistence;
using Tiflux.Tickets.PublicApi;

namespace Tiflux.Tickets.Requestors;

internal sealed class ListRequestors(TicketsDbContext db, IContractsModule contracts)
{
    public async Task<PagedList<RequestorDto>> HandleAsync(RequestorListRequest request, CancellationToken cancellationToken)
    {
        var query = db.Requestors.AsNoTracking();
        if (request.ClientId is { } clientId)
        {
            query = query.Where(r => r.ClientIds.Contains(clientId));
        }

        if (Like(request.Name) is { } name)
        {
            query = query.Where(r => EF.Functions.ILike(r.Name, name));
        }

        if (Like(request.Email) is { } email)
        {
            query = query.Where(r => EF.Functions.ILike(r.Email, email));
        }

        if (Like(request.Text) is { } text)
        {
            query = query.Where(r => EF.Functions.ILike(r.Name, text) || EF.Functions.ILike(r.Email, text));
        }

        if (request.Telephone is { } telephone && Telephones.Digits(telephone) is { Length: > 0 } digits)
        {
            query = query.Where(r => r.Telephone != null && r.Telephone.Contains(digits));
        }

        if (!string.IsNullOrWhiteSpace(request.Extension))
        {
            query = query.Where(r => r.Extension == request.Extension.Trim());
        }

        if (request.CanOpenTicket is { } canOpen)
        {
            query = query.Where(r => r.CanOpenTicket == canOpen);
        }

        if (request.Active is { } active)
        {
            query = query.Where(r => r.Active == active);
        }

        var size = PagedList.Size(request.PageSize);
        var total = await query.CountAsync(cancellationToken);
        var page = await query.OrderBy(r => r.Name).ThenBy(r => r.Id)
            .Skip(PagedList.Skip(request.Page, size)).Take(size).ToListAsync(cancellationToken);
        return new PagedList<RequestorDto>(await RequestorMapping.ToDtosAsync(contracts, page, cancellationToken), request.Page, size, total);
    }

    /// <summary>A "contains" pattern with the user's wildcards escaped, or null for a blank filter.</summary>
    private static string? Like(string? text) => string.IsNullOrWhiteSpace(text)
        ? null
        : "%" + text.Trim().Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal) + "%";
}
