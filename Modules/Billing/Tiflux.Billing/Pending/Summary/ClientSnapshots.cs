namespace Tiflux.Billing.Pending.Summary;

/// <summary>A stored per-client result, computed from data whose change stamps hash to <see cref="Fingerprint"/>.</summary>
internal interface IClientSnapshot
{
    Guid ClientId { get; }

    string Fingerprint { get; }
}

/// <summary>Which stored per-client results are still current, for the pending summaries and the awaiting-review snapshots alike.</summary>
internal static class ClientSnapshots
{
    /// <summary>The clients asked for that exist (every client with a fingerprint when <paramref name="clientIds"/> is null).</summary>
    public static HashSet<Guid> Wanted(IReadOnlyCollection<Guid>? clientIds, IReadOnlyDictionary<Guid, string> fingerprints) =>
        clientIds is null ? [.. fingerprints.Keys] : [.. clientIds.Where(fingerprints.ContainsKey)];

    /// <summary>The stored rows of <paramref name="wanted"/> whose fingerprint still matches, and the wanted clients without one.</summary>
    public static (List<T> Current, HashSet<Guid> Stale) Split<T>(
        IEnumerable<T> stored, IReadOnlyDictionary<Guid, string> fingerprints, IReadOnlyCollection<Guid> wanted)
        where T : IClientSnapshot
    {
        var current = stored
            .Where(s => wanted.Contains(s.ClientId) && fingerprints.TryGetValue(s.ClientId, out var f) && f == s.Fingerprint)
            .ToList();
        return (current, [.. wanted.Except(current.Select(s => s.ClientId))]);
    }
}
