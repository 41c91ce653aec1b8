namespace Tiflux.Api.Persistence;

/// <summary>The records an answer mentions, collected before their ids are loaded in one round trip.</summary>
internal sealed class PublicIdBatch
{
    private readonly Dictionary<(PublicIdKind Kind, Guid Id), int?> items = [];

    public int Count => items.Count;

    public PublicIdBatch Add(PublicIdKind kind, Guid? id, int? number = null)
    {
        if (id is { } value)
        {
            items[(kind, value)] = number;
        }

        return this;
    }

    public PublicIdBatch AddRange(PublicIdKind kind, IEnumerable<Guid> ids)
    {
        foreach (var id in ids)
        {
            Add(kind, id);
        }

        return this;
    }

    internal IEnumerable<(PublicIdKind Kind, Guid Id)> Keys => items.Keys;

    /// <summary>The part of the batch whose ids are not known yet.</summary>
    internal PublicIdBatch Where(Func<(PublicIdKind Kind, Guid Id), bool> predicate)
    {
        var part = new PublicIdBatch();
        foreach (var (key, number) in items.Where(i => predicate(i.Key)))
        {
            part.items[key] = number;
        }

        return part;
    }

    internal short[] Kinds() => [.. items.Keys.Select(k => (short)k.Kind)];

    internal Guid[] Ids() => [.. items.Keys.Select(k => k.Id)];

    internal int?[] Numbers() => [.. items.Values];
}

/// <summary>Loaded API ids by record.</summary>
internal sealed class PublicIdMap
{
    private readonly Dictionary<(PublicIdKind, Guid), int> ids = [];

    public int Count => ids.Count;

    public int this[PublicIdKind kind, Guid id] => ids[(kind, id)];

    public int? Find(PublicIdKind kind, Guid? id) => id is { } value && ids.TryGetValue((kind, value), out var found) ? found : null;

    internal void Set(PublicIdKind kind, Guid id, int publicId) => ids[(kind, id)] = publicId;
}
