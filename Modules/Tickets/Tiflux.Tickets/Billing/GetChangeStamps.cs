using Tiflux.BuildingBlocks.Persistence;
using Tiflux.SharedKernel;
using Tiflux.Tickets.Persistence;

namespace Tiflux.Tickets.Billing;

/// <summary>The change stamps of tickets, time entries and extras per client (triggers keep them; ADR 0019).</summary>
internal sealed class GetChangeStamps(TicketsDbContext db)
{
    public Task<ChangeStamps> HandleAsync(CancellationToken cancellationToken) =>
        ChangeStampReader.ReadAsync(db, "tickets", cancellationToken);

    public Task<string> VersionAsync(CancellationToken cancellationToken) =>
        ChangeStampReader.ReadVersionAsync(db, "tickets", cancellationToken);
}
