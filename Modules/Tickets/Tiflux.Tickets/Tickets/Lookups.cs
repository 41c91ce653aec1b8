using Microsoft.EntityFrameworkCore;
using Tiflux.Contracts.PublicApi;
using Tiflux.Tickets.Desks;
using Tiflux.Tickets.Persistence;
using Tiflux.Tickets.PublicApi;

namespace Tiflux.Tickets.Tickets;

/// <summary>Read-only look-ups for forms: desks, clients, resources and extra expenses (from Contracts), attachments.</summary>
internal sealed class Lookups(TicketsDbContext db, IContractsModule contracts, ICatalogAdministration catalog)
{
    public async Task<IReadOnlyList<DeskDto>> DesksAsync(CancellationToken cancellationToken) =>
        [.. (await db.Desks.AsNoTracking().OrderBy(d => d.Name).ToListAsync(cancellationToken)).Select(d => d.ToDto())];

    public async Task<IReadOnlyList<ChoiceDto>> ClientsAsync(CancellationToken cancellationToken) =>
        [.. (await contracts.GetClientsAsync(null, cancellationToken)).Where(c => c.Active).Select(c => new ChoiceDto(c.Id, c.Name))];

    public async Task<IReadOnlyList<ChoiceDto>> ResourcesAsync(Guid clientId, CancellationToken cancellationToken) =>
        [.. (await contracts.GetResourcesAsync(clientId, cancellationToken))
            .OrderBy(r => r.ResourceGroupName).ThenBy(r => r.Name)
            .Select(r => new ChoiceDto(r.Id, r.ResourceGroupName is null ? r.Name : $"{r.Name} ({r.ResourceGroupName})"))];

    public async Task<IReadOnlyList<EntryChoiceDto>> ExtraExpensesAsync(CancellationToken cancellationToken) =>
        [.. (await catalog.ListExtraExpensesAsync(cancellationToken)).Where(e => e.Active).Select(e => new EntryChoiceDto(e.Id, e.Name, e.UnitValue))];

    public async Task<AttachmentDto?> AttachmentAsync(Guid id, CancellationToken cancellationToken) =>
        await (from a in db.Attachments.AsNoTracking()
               join t in db.Tickets.AsNoTracking() on a.TicketId equals t.Id
               where a.Id == id
               select new AttachmentDto(a.Id, a.FileName, a.ContentType, a.Content, t.Number))
            .SingleOrDefaultAsync(cancellationToken);
}
