using Tiflux.SharedKernel;

namespace Tiflux.Reporting.PublicApi;

/// <summary>What a list report's column holds; it decides the screen text and the XLSX cell type.</summary>
public enum ReportColumnKind
{
    Text = 1,
    Date = 2,
    WholeNumber = 3,
    Quantity = 4,

    /// <summary>Reais: on screen "R$ 1.234,56", in XLSX a number with a R$ format. Dropped without "visualizar valores".</summary>
    Money = 5,

    /// <summary>Minutes: on screen HH:MM, in XLSX a real duration cell ([h]:mm) that Excel sums.</summary>
    Duration = 6,

    /// <summary>"Sim" / "Não".</summary>
    Boolean = 7,
}

public sealed record ReportColumn(string Header, ReportColumnKind Kind);

/// <summary>
/// One cell; the field that matches its column's kind is read (<see cref="Number"/> for Integer, Decimal, Money and
/// Duration in minutes). All empty = a blank cell. <see cref="Href"/> makes the screen text a link (the XLSX keeps the text).
/// </summary>
public sealed record ReportCell(string? Text = null, DateOnly? Date = null, decimal? Number = null, bool? Flag = null, string? Href = null)
{
    public static ReportCell Empty { get; } = new();

    public static ReportCell Of(string text, string? href = null) => new(Text: text, Href: href);

    public static ReportCell Of(DateOnly date) => new(Date: date);

    public static ReportCell Of(decimal number) => new(Number: number);

    public static ReportCell Of(bool flag) => new(Flag: flag);

    /// <summary>The screen text of this cell in a column of <paramref name="kind"/> (pt-BR formats of SharedKernel).</summary>
    public string Display(ReportColumnKind kind) => kind switch
    {
        _ when Text is not null => Text,
        ReportColumnKind.Date when Date is { } d => PtBr.Date(d),
        ReportColumnKind.WholeNumber when Number is { } n => n.ToString("N0", PtBr.Culture),
        ReportColumnKind.Quantity when Number is { } n => PtBr.Number(n),
        ReportColumnKind.Money when Number is { } n => PtBr.Money(n),
        ReportColumnKind.Duration when Number is { } n => PtBr.Hhmm((int)n),
        ReportColumnKind.Boolean when Flag is { } f => PtBr.YesNo(f),
        _ => "",
    };
}

/// <summary>A row: one cell per column, in the columns' order.</summary>
public sealed record ReportRow(IReadOnlyList<ReportCell> Cells);

/// <summary>
/// A list report as one table: the screen and the XLSX render this same object, so their totals cannot differ.
/// <see cref="Totals"/> are rows under the list (first cell a label such as "Total" or "Faturado").
/// </summary>
public sealed record ReportTable(
    string Title,
    string FiltersCaption,
    IReadOnlyList<ReportColumn> Columns,
    IReadOnlyList<ReportRow> Rows,
    IReadOnlyList<ReportRow> Totals)
{
    /// <summary>The same table without its money columns, for users without "visualizar valores".</summary>
    public ReportTable WithoutMoney()
    {
        var keep = Enumerable.Range(0, Columns.Count).Where(i => Columns[i].Kind != ReportColumnKind.Money).ToArray();
        ReportRow Cut(ReportRow row) => new([.. keep.Select(i => row.Cells[i])]);
        return this with { Columns = [.. keep.Select(i => Columns[i])], Rows = [.. Rows.Select(Cut)], Totals = [.. Totals.Select(Cut)] };
    }
}
