using Tiflux.BuildingBlocks.Persistence;
using Tiflux.Contracts.Persistence;
using Tiflux.SharedKernel;

namespace Tiflux.Contracts.Agreements;

/// <summary>The change stamps of clients, contracts, riders, items and adjustments per client (triggers keep them; ADR 0019).</summary>
internal sealed class GetChangeStamps(ContractsDbContext db)
{
    public Task<ChangeStamps> HandleAsync(CancellationToken cancellationToken) =>
        ChangeStampReader.ReadAsync(db, "contracts", cancellationToken);

    public Task<string> VersionAsync(CancellationToken cancellationToken) =>
        ChangeStampReader.ReadVersionAsync(db, "contracts", cancellationToken);
}
