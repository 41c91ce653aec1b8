namespace Tiflux.SharedKernel;

/// <summary>
/// A module's change stamps for what other modules compute from its data: per client, a number that strictly grows
/// whenever a row that concerns the client changes, and <see cref="Everyone"/> for rows that concern every client
/// (settings). Kept by database triggers in the owning module's schema, so no write path can forget them. A reader
/// that remembers the stamps its result was computed from knows the result is still current while they are equal.
/// </summary>
public sealed record ChangeStamps(IReadOnlyDictionary<Guid, long> Clients, long Everyone)
{
    /// <summary>The client's stamp; 0 when nothing concerning it was ever written.</summary>
    public long For(Guid clientId) => Clients.GetValueOrDefault(clientId);
}
