namespace Tiflux.BuildingBlocks.Persistence;

/// <summary>
/// "Contains" patterns for PostgreSQL (I)LIKE built from what a user typed: the LIKE wildcards in the text are matched
/// literally ("10%" finds "10%", not "100"), so a search box never becomes a pattern language.
/// </summary>
public static class LikePattern
{
    /// <summary>The escape character to pass with the pattern (<c>EF.Functions.ILike(value, pattern, LikePattern.Escape)</c>).</summary>
    public const string Escape = "\\";

    /// <summary>"%text%" with <c>\</c>, <c>%</c> and <c>_</c> escaped.</summary>
    public static string Contains(string text) => "%" + Exactly(text) + "%";

    /// <summary>The whole text with the wildcards escaped: a case-insensitive equality through ILIKE.</summary>
    public static string Exactly(string text) =>
        text
            .Replace(Escape, Escape + Escape, StringComparison.Ordinal)
            .Replace("%", Escape + "%", StringComparison.Ordinal)
            .Replace("_", Escape + "_", StringComparison.Ordinal);
}
