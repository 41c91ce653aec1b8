namespace Tiflux.Contracts.Validation;

internal static class Paging
{
    public static (int Page, int Size) Normalize(int page, int size) => (Math.Max(1, page), Math.Clamp(size, 1, 200));
}
