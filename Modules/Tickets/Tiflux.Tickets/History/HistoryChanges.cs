using Tiflux.Tickets.PublicApi;

namespace Tiflux.Tickets.History;

/// <summary>Field-by-field changes of a history row and the pt-BR sentence that lists them.</summary>
internal static class HistoryChanges
{
    /// <summary>Adds the change when the text differs (null and empty are the same).</summary>
    public static void Track(List<FieldChangeDto> changes, string field, string label, string? before, string? after)
    {
        if (!string.Equals(before ?? "", after ?? "", StringComparison.Ordinal))
        {
            changes.Add(new FieldChangeDto(field, label, NullIfEmpty(before), NullIfEmpty(after)));
        }
    }

    /// <summary>"Estágio: “A” → “B”; Título: …" (long texts such as descriptions are named, not quoted).</summary>
    public static string Sentence(IEnumerable<FieldChangeDto> changes) =>
        string.Join("; ", changes.Select(c => c.Field == "description" ? $"{c.Label} alterada" : $"{c.Label}: “{c.Old}” → “{c.New}”"));

    private static string? NullIfEmpty(string? text) => string.IsNullOrEmpty(text) ? null : text;
}
