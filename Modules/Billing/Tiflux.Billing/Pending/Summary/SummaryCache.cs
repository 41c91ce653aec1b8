namespace Tiflux.Billing.Pending.Summary;

/// <summary>
/// Results kept in this process with the version they were computed at: the stored summaries of a date, the
/// awaiting-review list and the fingerprints under the change version (<see cref="PendingFingerprints.VersionAsync"/>),
/// one client's lines under the client's fingerprint. A reader holding an equal version gets them without reading or
/// computing again; any change the result depends on changes the version, so an entry is never served stale.
/// Bounded: the least recently stored entries go first.
/// </summary>
internal sealed class SummaryCache
{
    private const int Capacity = 64;

    private readonly Lock _lock = new();

    private readonly Dictionary<string, (string Version, object Value, long Stored)> _entries = [];

    private long _clock;

    public T? Get<T>(string key, string version)
        where T : class
    {
        lock (_lock)
        {
            return _entries.TryGetValue(key, out var entry) && entry.Version == version ? entry.Value as T : null;
        }
    }

    public void Set(string key, string version, object value)
    {
        lock (_lock)
        {
            _entries[key] = (version, value, ++_clock);
            if (_entries.Count > Capacity)
            {
                _entries.Remove(_entries.MinBy(e => e.Value.Stored).Key);
            }
        }
    }
}
