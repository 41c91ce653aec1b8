using Tiflux.Api.Contracts;
using Tiflux.Api.Conventions;
using Tiflux.Api.Persistence;
using Tiflux.Contracts.PublicApi;
using Tiflux.Tickets.PublicApi;

namespace Tiflux.Api.Appointments;

/// <summary>Appointment valorization objects for a page of time entries, with every id loaded in a few round trips.</summary>
internal sealed class ValorizationShape(IContractsModule contracts, ITicketQueries tickets, PublicIds ids)
{
    public async Task<Loaded> LoadAsync(IReadOnlyCollection<TimeEntryDto> entries, IEnumerable<Guid> clientIds, IEnumerable<Guid> deskIds, CancellationToken cancellationToken)
    {
        var contractIds = entries.Where(e => e.ContractId is not null).Select(e => e.ContractId!.Value).Distinct().ToList();
        var terms = contractIds.Count == 0
            ? []
            : await contracts.GetContractTermsAsync(new ContractTermsRequest(null, contractIds), cancellationToken);
        var rideAlongs = entries.Where(e => e.RideAlongTicketNumber is not null).Select(e => e.RideAlongTicketNumber!.Value).Distinct().ToList();
        var rideAlongTitles = rideAlongs.Count == 0
            ? new Dictionary<int, string>()
            : (await tickets.GetTicketSummariesAsync(rideAlongs, cancellationToken)).ToDictionary(t => t.Number, t => t.Title);
        var batch = new PublicIdBatch().AddRange(PublicIdKind.Client, clientIds).AddRange(PublicIdKind.Desk, deskIds);
        foreach (var c in terms)
        {
            batch.Add(PublicIdKind.Contract, c.Id, c.Number);
        }

        foreach (var e in entries)
        {
            batch.Add(PublicIdKind.Appointment, e.Id).Add(PublicIdKind.User, e.TechnicianId)
                .Add(PublicIdKind.LooseService, e.ServiceId).Add(PublicIdKind.Shift, e.TravelId);
        }

        return new Loaded(await ids.AssignAsync(batch, cancellationToken), terms.ToDictionary(c => c.Id), rideAlongTitles);
    }

    /// <summary>Ids and names an answer needs.</summary>
    internal sealed record Loaded(PublicIdMap Map, IReadOnlyDictionary<Guid, ContractTermsDto> Contracts, IReadOnlyDictionary<int, string> RideAlongTitles)
    {
        public IdName? Contract(Guid? contractId) =>
            contractId is { } id && Contracts.TryGetValue(id, out var c) ? new IdName(c.Number, c.Name) : null;

        public IdName User(TimeEntryDto e) => new(Map[PublicIdKind.User, e.TechnicianId], e.TechnicianName);

        /// <summary>Null when the entry was not valued (desk without valorization).</summary>
        public Valorization? Of(TimeEntryDto e, ApiCaller caller)
        {
            if (e.Basis == ValuationBasis.NotValued && e.Mode is null)
            {
                return null;
            }

            return new Valorization(
                e.Mode?.ToString(),
                e.Kind switch { EntryKind.Contract => "Contract", EntryKind.Standalone => "Loose", _ => null },
                Contract(e.ContractId),
                e.ServiceId is { } s ? new IdName(Map[PublicIdKind.LooseService, s], e.SourceName ?? "") : null,
                e.Warranty,
                e.ManualValue,
                e.TravelId is { } t && e.RideAlongTicketNumber is null
                    ? new ShiftRef(Map[PublicIdKind.Shift, t], e.TravelName ?? "", ApiResults.Money(e.TravelValue ?? 0m, caller))
                    : null,
                e.RideAlongTicketNumber is { } n ? new ShiftOwnerTicket(n, RideAlongTitles.GetValueOrDefault(n, "")) : null,
                ApiResults.Money(e.Value ?? 0m, caller));
        }
    }
}
