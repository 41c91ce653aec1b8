namespace Tiflux.SharedKernel;

/// <summary>One page of a filtered list; <see cref="TotalItems"/> counts every match, not only this page.</summary>
public sealed record PagedList<T>(IReadOnlyList<T> Items, int Page, int PageSize, int TotalItems)
{
    public int TotalPages => PageSize <= 0 ? 0 : (TotalItems + PageSize - 1) / PageSize;
}
