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
/// and Billing, the stamps that concern every client, and the Tickets and Contracts stamps of the members of its
/// shared-credit contracts (their time entries consume its credit; their names appear in its explanations). Equal fingerprints mean nothing the engine reads has changed.
/// Every client Contracts knows has a fingerprint (Contracts stamps each client when it is created).
/// </summary>
internal sealed class PendingFingerprints(IContractsModule contracts, ITicketBilling tickets, BillingDbContext db, SummaryCache cache)
{
    /// <summary>Changes whenever any stamp of any of the three modules changes; three one-row reads.</summary>
    public async Task<string> VersionAsync(CancellationToken cancellationToken) =>
        $"{await contracts.GetChangeVersionAsync(cancellationToken)}|{await tickets.GetChangeVersionAsync(cancellationToken)}|"
        + await ChangeStampReader.ReadVersionAsync(db, BillingModule.Schema, cancellationToken);

    /// <summary>Every client's fingerprint; <paramref name="version"/> (read first) lets an unchanged set come from the cache.</summary>
    public async Task<IReadOnlyDictionary<Guid, string>> ReadAsync(string version, CancellationToken cancellationToken)
    {
        if (cache.Get<IReadOnlyDictionary<Guid, string>>("fingerprints", version) is { } cached)
        {
            return cached;
        }

        var fingerprints = await ComputeAsync(cancellationToken);
        cache.Set("fingerprints", version, fingerprints);
        return fingerprints;
    }

    private async Task<IReadOnlyDictionary<Guid, string>> ComputeAsync(CancellationToken cancellationToken)
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
            text.Append('|').Append(member).Append('=').Append(ticketStamps.For(member)).Append('.').Append(contractStamps.For(member));
        }

        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }
}
