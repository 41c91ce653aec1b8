namespace Tiflux.SharedKernel;

/// <summary>The four layouts of the closing report (relatório de fechamento) that accompanies a billing.</summary>
public enum ClosingReportLayout
{
    /// <summary>Sintético: one line per ticket or contract with its value.</summary>
    Synthetic = 1,

    /// <summary>Detalhado sem apontamentos: tickets, standalone services and extra values with date and description.</summary>
    Detailed = 2,

    /// <summary>Detalhado com apontamentos: as Detailed, plus each time entry.</summary>
    DetailedWithAppointments = 3,

    /// <summary>Detalhado com grupo de recurso: as DetailedWithAppointments, grouped by resource group with subtotals.</summary>
    ByResourceGroup = 4,
}

/// <summary>The layouts as people and URLs name them: one list for every select, link and e-mail.</summary>
public static class ClosingReportLayouts
{
    /// <summary>Every layout, in the order Tiflux lists them.</summary>
    public static IReadOnlyList<ClosingReportLayout> All { get; } =
        [ClosingReportLayout.Synthetic, ClosingReportLayout.Detailed, ClosingReportLayout.DetailedWithAppointments, ClosingReportLayout.ByResourceGroup];

    /// <summary>The pt-BR name ("Detalhado com apontamentos").</summary>
    public static string Name(ClosingReportLayout layout) => layout switch
    {
        ClosingReportLayout.Synthetic => "Sintético",
        ClosingReportLayout.Detailed => "Detalhado sem apontamentos",
        ClosingReportLayout.DetailedWithAppointments => "Detalhado com apontamentos",
        ClosingReportLayout.ByResourceGroup => "Detalhado com grupo de recurso",
        _ => throw new ArgumentOutOfRangeException(nameof(layout)),
    };

    /// <summary>The closing report's PDF file name ("faturamento-123-detalhado.pdf"; "-estornado" once reversed).</summary>
    public static string FileName(string billingNumber, ClosingReportLayout layout, bool reversed) =>
        $"faturamento-{billingNumber}-{Slug(layout)}{(reversed ? "-estornado" : "")}.pdf";

    /// <summary>The layout in URLs, form values and file names ("apontamentos").</summary>
    public static string Slug(ClosingReportLayout layout) => layout switch
    {
        ClosingReportLayout.Synthetic => "sintetico",
        ClosingReportLayout.Detailed => "detalhado",
        ClosingReportLayout.DetailedWithAppointments => "apontamentos",
        ClosingReportLayout.ByResourceGroup => "grupo-de-recurso",
        _ => throw new ArgumentOutOfRangeException(nameof(layout)),
    };

    /// <summary>The layout of a slug (also "grupo", the short form links used), or null.</summary>
    public static ClosingReportLayout? FromSlug(string? slug) => slug?.Trim().ToLowerInvariant() switch
    {
        "sintetico" => ClosingReportLayout.Synthetic,
        "detalhado" => ClosingReportLayout.Detailed,
        "apontamentos" => ClosingReportLayout.DetailedWithAppointments,
        "grupo" or "grupo-de-recurso" => ClosingReportLayout.ByResourceGroup,
        _ => null,
    };
}
