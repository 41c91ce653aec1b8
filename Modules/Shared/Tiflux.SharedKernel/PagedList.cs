namespace Tiflux.SharedKernel;

/// <summary>One page of a filtered list; <see cref="TotalItems"/> counts every match, not only this page.</summary>
public sealed record PagedList<T>(IReadOnlyList<T> Items, int Page, int PageSize, int TotalItems)
{
    public int TotalPages => PageSize <= 0 ? 0 : (TotalItems + PageSize - 1) / PageSize;
}

/// <summary>Paging arithmetic every list query shares.</summary>
public static class PagedList
{
    /// <summary>
    /// Rows to skip for a 1-based <paramref name="page"/>. Computed in long and capped at int.MaxValue: a typed
    /// <c>?pagina=99999999</c> must give an empty page, not an overflowed (negative) offset.
    /// </summary>
    public static int Skip(int page, int size) =>
        (int)Math.Min(int.MaxValue, (long)(Math.Max(page, 1) - 1) * Math.Max(size, 0));

    /// <summary>The largest page any list answers (the API's <c>limit</c> cap).</summary>
    public const int MaxSize = 200;

    /// <summary>A requested page size brought into 1..<see cref="MaxSize"/>.</summary>
    public static int Size(int requested) => Math.Clamp(requested, 1, MaxSize);
}
