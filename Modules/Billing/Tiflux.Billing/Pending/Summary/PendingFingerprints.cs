using System.Security.Cryptography;
using System.Text;
using Tiflux.Billing.Persistence;
using Tiflux.BuildingBlocks.Persistence;
using Tiflux.Contracts.PublicApi;
using Tiflux.SharedKernel;
using Tiflux.Tickets.PublicApi;

namespace Tiflux.Billing.Pending.Summary;

/// <summary>
/// Per client, a hash of every change stamp its pending values are computed from: its own stamps in Contracts, Tickets
/// and Billing, the stamps that concern every client, and the Tickets stamps of the members of its shared-credit
/// contracts (their time entries consume its credit). Equal fingerprints mean nothing the engine reads has changed.
/// Every client Contracts knows has a fingerprint (Contracts stamps each client when it is created).
/// </summary>
internal sealed class PendingFingerprints(IContractsModule contracts, ITicketBilling tickets, BillingDbContext db)
{
    public async Task<IReadOnlyDictionary<Guid, string>> ReadAsync(CancellationToken cancellationToken)
    {
        var contractStamps = await contracts.GetChangeStampsAsync(cancellationToken);
        var ticketStamps = await tickets.GetChangeStampsAsync(cancellationToken);
        var billingStamps = await ChangeStampReader.ReadAsync(db, BillingModule.Schema, cancellationToken);
        var members = (await contracts.GetSharedCreditGroupsAsync(cancellationToken))
            .ToDictionary(g => g.OwnerClientId, g => g.MemberClientIds.Order().ToList());
        var everyone = $"{contractStamps.Everyone}.{ticketStamps.Everyone}.{billingStamps.Everyone}";
        return contractStamps.Clients.Keys.ToDictionary(
            client => client,
            client => Hash(client, everyone, contractStamps, ticketStamps, billingStamps, members.GetValueOrDefault(client)));
    }

    private static string Hash(
        Guid client, string everyone, ChangeStamps contractStamps, ChangeStamps ticketStamps, ChangeStamps billingStamps, List<Guid>? members)
    {
        var text = new StringBuilder(everyone)
            .Append('|').Append(contractStamps.For(client))
            .Append('.').Append(ticketStamps.For(client))
            .Append('.').Append(billingStamps.For(client));
        foreach (var member in members ?? [])
        {
            text.Append('|').Append(member).Append('=').Append(ticketStamps.For(member));
        }

        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }
}
